package dk.replycoach.bench;

import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
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

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference point: LanguageTool's checker on the same texts, set up once and reused as a
 * server would. Its Danish checker is the natural comparison for a Danish writing aid.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LanguageToolBenchmark {
    @Param({"da150", "en150", "da1000"})
    public String text;

    private JLanguageTool tool;
    private String input;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        String lang = BenchTexts.language(text);
        tool = new JLanguageTool(Languages.getLanguageForShortCode("da".equals(lang) ? "da-DK" : "en-US"));
        input = BenchTexts.text(text);
        tool.check(input);
    }

    @Benchmark
    public List<RuleMatch> check() throws IOException {
        return tool.check(input);
    }
}
