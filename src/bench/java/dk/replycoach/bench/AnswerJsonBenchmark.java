package dk.replycoach.bench;

import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.json.ReportJson;
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

/** The check answer: a report written as the JSON the panel receives (REST and CLI share it). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnswerJsonBenchmark {
    @Param({"da150", "en150"})
    public String text;

    private ReplyReport report;

    @Setup(Level.Trial)
    public void setUp() {
        String lang = BenchTexts.language(text);
        report = ReplyAnalyzer.withDefaults().analyze(AnalysisRequest.of(BenchTexts.text(text))
                .withCustomerText("da".equals(lang) ? BenchTexts.CUSTOMER_DA : BenchTexts.CUSTOMER_EN));
    }

    @Benchmark
    public String answer() {
        return ReportJson.toJson(report);
    }
}
