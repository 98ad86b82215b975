package dk.replycoach.bench;

import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.analysis.lang.LanguagePacks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** Reply Coach's own analysis: one reply in, one report out, as the checker does on every pause in typing. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyzeBenchmark {
    @Param({"da150", "en150", "da1000"})
    public String text;

    /** 1 = the bundled phrase lists; 100 = a hundred times as many phrases. */
    @Param({"1", "100"})
    public int phrases;

    /**
     * The customer's last message: none; the same on every check (the panel while the agent types,
     * read once and remembered); a new one on every check (the first check on each issue).
     */
    @Param({"none", "same", "new"})
    public String customer;

    private ReplyAnalyzer analyzer;
    private AnalysisRequest request;
    private String reply;
    private String customerText;
    private long checks;

    @Setup(Level.Trial)
    public void setUp() {
        analyzer = new ReplyAnalyzer(LanguagePacks.bundled(), BenchTexts.phraseSettings(phrases));
        String lang = BenchTexts.language(text);
        reply = BenchTexts.text(text);
        customerText = "none".equals(customer) ? null : "da".equals(lang) ? BenchTexts.CUSTOMER_DA : BenchTexts.CUSTOMER_EN;
        request = AnalysisRequest.of(reply).withCustomerText(customerText);
    }

    @Benchmark
    public ReplyReport analyze() {
        if ("new".equals(customer)) {
            // A message never seen before: its reading cannot come from memory.
            return analyzer.analyze(AnalysisRequest.of(reply).withCustomerText(customerText + " (" + checks++ + ")"));
        }
        return analyzer.analyze(request);
    }
}
