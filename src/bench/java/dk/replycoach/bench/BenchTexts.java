package dk.replycoach.bench;

import dk.replycoach.analysis.RuleSettings;
import dk.replycoach.analysis.lang.LanguagePacks;
import dk.replycoach.analysis.lang.PhraseCategory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** The texts and settings the benchmarks share, so every engine sees the same input. */
final class BenchTexts {
    static final String CUSTOMER_DA = "Det er TREDJE gang jeg skriver!!! Hvor er min pakke? I er helt umulige at få fat i.";
    static final String CUSTOMER_EN = "This is the THIRD time I'm writing!!! Where is my parcel? You are impossible to reach.";

    private BenchTexts() {
    }

    static String text(String name) {
        switch (name) {
            case "da150": return resource("bench/da-150.txt");
            case "en150": return resource("bench/en-150.txt");
            case "da1000": return thousandWords(resource("bench/da-150.txt"));
            default: throw new IllegalArgumentException(name);
        }
    }

    static String language(String name) {
        return name.startsWith("da") ? "da" : "en";
    }

    /** About 1,000 words: the body of the 150-word reply repeated between greeting and sign-off. */
    private static String thousandWords(String reply) {
        String[] parts = reply.split("\n\n");
        StringBuilder sb = new StringBuilder(parts[0]).append("\n\n");
        for (int i = 0; i < 7; i++) {
            sb.append(parts[1]).append("\n\n");
        }
        return sb.append(parts[2]).toString();
    }

    /**
     * Settings that add {@code factor - 1} times the bundled phrase count as extra phrases per
     * language, spread over every category: how matching cost grows with the lists' length.
     */
    static RuleSettings phraseSettings(int factor) {
        RuleSettings.Builder b = RuleSettings.builder();
        if (factor <= 1) {
            return b.build();
        }
        Random random = new Random(42);
        PhraseCategory[] categories = PhraseCategory.values();
        for (String code : LanguagePacks.bundled().codes()) {
            int extra = LanguagePacks.bundled().get(code).phraseCount() * (factor - 1);
            for (int i = 0; i < extra; i++) {
                b.extraPhrase(code, categories[i % categories.length], syntheticPhrase(random, i));
            }
        }
        return b.build();
    }

    /** A phrase of one to four made-up words, some with stems, some sharing first words with real ones. */
    private static String syntheticPhrase(Random random, int i) {
        String[] starters = {"jeg", "vi", "det", "du", "i", "we", "it", "you", "the", "tak"};
        StringBuilder sb = new StringBuilder(starters[random.nextInt(starters.length)]);
        int words = 1 + random.nextInt(3);
        for (int w = 0; w < words; w++) {
            sb.append(' ').append("zq").append(Integer.toString(i * 7 + w, 36));
            if (random.nextInt(5) == 0) {
                sb.append('*');
            }
        }
        return sb.toString();
    }

    private static String resource(String path) {
        try (InputStream in = BenchTexts.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
