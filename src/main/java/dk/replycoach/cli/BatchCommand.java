package dk.replycoach.cli;

import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.coaching.CoachingEvent;
import dk.replycoach.coaching.DayRange;
import dk.replycoach.coaching.InMemoryCoachingStore;
import dk.replycoach.coaching.ReplyRef;
import dk.replycoach.coaching.ReportScope;
import dk.replycoach.coaching.TeamReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * {@code batch}: a coaching baseline from exported replies. Every row goes through the engine and,
 * as a SENT event, into the in-memory coaching store; the report is then read from the store with
 * the same maths Jira's report page uses. Bad rows are reported with their row number, skipped and
 * counted; only input that cannot be read at all (or output that cannot be written) stops the run.
 */
final class BatchCommand {
    /** Bad rows described one by one; beyond that they are only counted. */
    static final int MAX_DESCRIBED_PROBLEMS = 20;
    /** Rows per unit of work handed to an analysing thread. */
    static final int CHUNK = 256;

    private final Options options;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final LongSupplier nanoTime;

    BatchCommand(Options options, InputStream in, PrintStream out, PrintStream err) {
        this(options, in, out, err, System::nanoTime);
    }

    BatchCommand(Options options, InputStream in, PrintStream out, PrintStream err, LongSupplier nanoTime) {
        this.options = options;
        this.in = in;
        this.out = out;
        this.err = err;
        this.nanoTime = nanoTime;
    }

    int run() throws UsageException {
        String input = required("--input");
        String html = required("--out");
        String csv = options.get("--csv");
        String lang = options.oneOf("--lang", "auto", "auto", "da", "en");
        String uiLang = options.oneOf("--ui-lang", "en", "da", "en");
        if (!options.positional().isEmpty()) {
            throw new UsageException("batch reads --input only; unexpected " + String.join(" ", options.positional()));
        }

        long total = "-".equals(input) ? -1 : countRows(input);
        ReplyAnalyzer analyzer = ReplyAnalyzer.withDefaults();
        InMemoryCoachingStore store = new InMemoryCoachingStore();
        BatchProgress progress = new BatchProgress(err, total, nanoTime);
        Counts counts = new Counts();
        long rows = 0;
        // The engine is the slow part and is thread-safe: rows are read here in order and analysed on
        // every core in chunks; a bounded number of chunks in flight keeps memory flat for any file size.
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "reply-coach-batch");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 2);
        List<Future<?>> chunks = new ArrayList<>();
        try (Reader reader = Inputs.openReader(input, in)) {
            ReplyExportReader export = new ReplyExportReader(reader, input);
            List<ExportRow> chunk = new ArrayList<>(CHUNK);
            Object next;
            while ((next = export.next()) != null) {
                rows++;
                if (next instanceof ExportRow) {
                    chunk.add((ExportRow) next);
                    if (chunk.size() == CHUNK) {
                        chunks.add(submit(pool, inFlight, chunk, analyzer, lang, store, counts, input));
                        chunk = new ArrayList<>(CHUNK);
                    }
                } else {
                    bad(counts, input, next.toString());
                }
                progress.rowDone(counts.processed.get());
            }
            chunks.add(submit(pool, inFlight, chunk, analyzer, lang, store, counts, input));
            for (Future<?> f : chunks) {
                f.get();
            }
        } catch (CsvReader.CsvException e) {
            throw new UsageException(input + ": " + e.getMessage());
        } catch (CharacterCodingException e) {
            throw new UsageException(input + ": not valid UTF-8");
        } catch (IOException e) {
            throw new UsageException(input + ": cannot read (" + e.getMessage() + ")");
        } catch (UncheckedIOException e) {
            throw new UsageException(input + ": cannot read (" + e.getCause().getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("batch analysis failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long bad = counts.bad.get();
        long replies = counts.replies.get();
        if (bad > MAX_DESCRIBED_PROBLEMS) {
            err.println("reply-coach: " + input + ": " + (bad - MAX_DESCRIBED_PROBLEMS) + " more bad rows skipped");
        }

        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        DayRange range = counts.first == null ? DayRange.day(today) : DayRange.of(counts.first, counts.last);
        ReportScope scope = ReportScope.of(range);
        TeamReport report = TeamReport.of(scope, store.days(scope));
        String source = "-".equals(input) ? "standard input" : Path.of(input).getFileName().toString();
        write(html, w -> w.write(new CoachingHtmlReport(uiLang).render(report, source)));
        if (csv != null) {
            write(csv, w -> new CoachingCsvReport().write(report, w));
        }
        err.println("reply-coach: batch: " + BatchProgress.count(rows) + " rows in "
                + String.format(java.util.Locale.ROOT, "%.1f", progress.seconds()) + " s (" + progress.rate(rows)
                + " rows/s): " + BatchProgress.count(replies) + " replies from " + report.agents().size() + " agents, "
                + BatchProgress.count(bad) + " bad rows skipped; report in " + html + (csv == null ? "" : " and " + csv));
        return ReplyCoachCli.OK;
    }

    private Future<?> submit(ExecutorService pool, Semaphore inFlight, List<ExportRow> chunk, ReplyAnalyzer analyzer,
                             String lang, InMemoryCoachingStore store, Counts counts, String input)
            throws InterruptedException {
        inFlight.acquire();
        return pool.submit(() -> {
            try {
                for (ExportRow row : chunk) {
                    String problem = record(row, analyzer, lang, store);
                    if (problem == null) {
                        counts.counted(row.created.toLocalDate());
                    } else {
                        bad(counts, input, problem);
                    }
                }
            } finally {
                inFlight.release();
            }
        });
    }

    private void bad(Counts counts, String input, String problem) {
        counts.processed.incrementAndGet();
        if (counts.bad.incrementAndGet() <= MAX_DESCRIBED_PROBLEMS) {
            err.println("reply-coach: " + input + " " + problem + "; skipped");
        }
    }

    /** Counts shared by the reading thread and the analysing ones. */
    private static final class Counts {
        final AtomicLong processed = new AtomicLong();
        final AtomicLong replies = new AtomicLong();
        final AtomicLong bad = new AtomicLong();
        /** First and last day with a counted reply: the report's range. */
        LocalDate first;
        LocalDate last;

        synchronized void counted(LocalDate day) {
            replies.incrementAndGet();
            processed.incrementAndGet();
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }
    }

    /** Analyses and records one row; returns a problem description, or null when it counted. */
    private static String record(ExportRow row, ReplyAnalyzer analyzer, String lang, InMemoryCoachingStore store) {
        ReplyRef ref;
        try {
            ref = ReplyRef.of(row.agent, row.issue, row.project());
        } catch (IllegalArgumentException e) {
            return "row " + row.number + ": " + e.getMessage();
        }
        ReplyReport report;
        try {
            report = analyzer.analyze(AnalysisRequest.of(row.body).withCustomerText(row.customerMessage).withLanguage(lang));
        } catch (RuntimeException e) {
            // The engine promises a report for any text; if it breaks, one row must not sink the batch.
            return "row " + row.number + ": could not be analysed (" + e + ")";
        }
        store.record(CoachingEvent.sent(ref, row.created, report, Set.of()));
        return null;
    }

    /** Counts the data rows first, so progress can say how far along it is (and bad files fail fast). */
    private long countRows(String input) throws UsageException {
        try (Reader reader = Inputs.openReader(input, in)) {
            CsvReader csv = new CsvReader(reader);
            long n = -1;
            while (csv.next() != null) {
                n++;
            }
            return Math.max(n, 0);
        } catch (CsvReader.CsvException e) {
            throw new UsageException(input + ": " + e.getMessage());
        } catch (CharacterCodingException e) {
            throw new UsageException(input + ": not valid UTF-8");
        } catch (IOException e) {
            throw new UsageException(input + ": cannot read (" + e.getMessage() + ")");
        } catch (UncheckedIOException e) {
            throw new UsageException(input + ": cannot read (" + e.getCause().getMessage() + ")");
        }
    }

    private String required(String option) throws UsageException {
        String v = options.get(option);
        if (v == null || v.isBlank()) {
            throw new UsageException("batch needs " + option + "\n" + ReplyCoachCli.USAGE);
        }
        return v;
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    /** Writes a whole file or nothing: into a temporary file next to it, then moved in place. */
    private void write(String target, Body body) throws UsageException {
        try {
            if ("-".equals(target)) {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                body.write(w);
                w.flush();
                return;
            }
            Path path = Path.of(target).toAbsolutePath();
            Path dir = path.getParent();
            Path tmp = Files.createTempFile(dir, ".reply-coach-", ".tmp");
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    body.write(w);
                }
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UsageException(target + ": cannot write (" + e + ")");
        }
    }
}
