package dk.replycoach.cli;

import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.analysis.Severity;
import dk.replycoach.json.JsonWriter;
import dk.replycoach.json.ReportJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** {@code check}: analyses reply files, or one column of a CSV export. */
final class CheckCommand {
    private final Options options;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final ReplyAnalyzer analyzer = ReplyAnalyzer.withDefaults();

    CheckCommand(Options options, InputStream in, PrintStream out, PrintStream err) {
        this.options = options;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int run() throws UsageException {
        String lang = options.oneOf("--lang", "auto", "auto", "da", "en");
        String uiLang = options.oneOf("--ui-lang", "en", "da", "en");
        if (options.has("--csv")) {
            return runCsv(lang, uiLang);
        }
        String format = options.oneOf("--format", "text", "text", "json");
        List<String> files = options.positional();
        if (files.isEmpty()) {
            throw new UsageException("check needs at least one FILE (or - for standard input)\n" + ReplyCoachCli.USAGE);
        }
        String customer = options.has("--customer") ? Inputs.readText(options.get("--customer"), in) : null;
        List<String> texts = new ArrayList<>();
        for (String f : files) {
            texts.add(Inputs.readText(f, in));
        }
        boolean findings = false;
        List<ReplyReport> reports = new ArrayList<>();
        for (String text : texts) {
            ReplyReport r = analyzer.analyze(AnalysisRequest.of(text).withCustomerText(customer)
                    .withLanguage(lang).withUiLanguage(uiLang));
            reports.add(r);
            findings |= r.hasFindingAtLeast(Severity.WARNING);
        }
        if ("json".equals(format)) {
            printJson(reports);
        } else {
            TextReport text = new TextReport(uiLang);
            for (int i = 0; i < reports.size(); i++) {
                out.print(text.render(files.get(i), texts.get(i), reports.get(i)));
            }
        }
        return findings ? ReplyCoachCli.FINDINGS : ReplyCoachCli.OK;
    }

    private void printJson(List<ReplyReport> reports) {
        if (reports.size() == 1) {
            out.println(ReportJson.toJson(reports.get(0)));
            return;
        }
        JsonWriter w = new JsonWriter();
        w.beginArray();
        for (ReplyReport r : reports) {
            ReportJson.write(w, r, null);
        }
        w.endArray();
        out.println(w);
    }

    private int runCsv(String lang, String uiLang) throws UsageException {
        options.oneOf("--format", "jsonl", "jsonl");
        String column = options.get("--column");
        if (column == null) {
            throw new UsageException("--csv needs --column NAME (the column with the reply text)");
        }
        String file = options.get("--csv");
        boolean findings = false;
        try (Reader reader = Inputs.openReader(file, in)) {
            CsvReader csv = new CsvReader(reader);
            List<String> header = csv.next();
            if (header == null) {
                throw new UsageException(file + ": empty file, expected a header row");
            }
            int textCol = column(header, column, file, "--column");
            int idCol = options.has("--id-column") ? column(header, options.get("--id-column"), file, "--id-column") : -1;
            int customerCol = options.has("--customer-column")
                    ? column(header, options.get("--customer-column"), file, "--customer-column") : -1;
            long row = 0;
            List<String> record;
            while ((record = csv.next()) != null) {
                row++;
                if (record.size() <= textCol) {
                    err.println("reply-coach: " + file + " row " + row + " (line " + csv.recordLine() + "): has "
                            + record.size() + " columns, '" + column + "' is column " + (textCol + 1) + "; skipped");
                    continue;
                }
                String customer = customerCol >= 0 && customerCol < record.size() ? record.get(customerCol) : null;
                ReplyReport r = analyzer.analyze(AnalysisRequest.of(record.get(textCol)).withCustomerText(customer)
                        .withLanguage(lang).withUiLanguage(uiLang));
                findings |= r.hasFindingAtLeast(Severity.WARNING);
                String id = idCol >= 0 && idCol < record.size() ? record.get(idCol) : Long.toString(row);
                JsonWriter w = new JsonWriter();
                ReportJson.write(w, r, id);
                out.println(w);
            }
        } catch (CsvReader.CsvException e) {
            throw new UsageException(file + ": " + e.getMessage());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UsageException(file + ": not valid UTF-8");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        } catch (UncheckedIOException e) {
            throw new UsageException(file + ": cannot read (" + e.getCause().getMessage() + ")");
        }
        return findings ? ReplyCoachCli.FINDINGS : ReplyCoachCli.OK;
    }

    private static int column(List<String> header, String name, String file, String option) throws UsageException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new UsageException(file + ": no column '" + name + "' for " + option + " (columns: " + String.join(", ", header) + ")");
        }
        return i;
    }
}
