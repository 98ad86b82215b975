package dk.replycoach.analysis.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Loads language packs from the classpath. {@code lang/languages.txt} names the languages; each
 * has a folder {@code lang/<code>/} with one file per {@link PhraseCategory} plus
 * {@code stopwords.txt}, {@code abbreviations.txt}, {@code acronyms.txt} and
 * {@code suggestions.properties}. Adding a language is adding a folder and a line.
 */
public final class LanguagePacks {
    private final Map<String, LanguagePack> packs;

    private LanguagePacks(Map<String, LanguagePack> packs) {
        this.packs = packs;
    }

    /** The packs shipped with the product. */
    public static LanguagePacks bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final LanguagePacks BUNDLED = load(LanguagePacks.class.getClassLoader());
    }

    public static LanguagePacks load(ClassLoader loader) {
        Map<String, LanguagePack> packs = new LinkedHashMap<>();
        for (String code : lines(loader, "lang/languages.txt")) {
            packs.put(code, loadPack(loader, code));
        }
        if (packs.isEmpty()) {
            throw new IllegalStateException("no language packs found under lang/languages.txt");
        }
        return new LanguagePacks(packs);
    }

    private static LanguagePack loadPack(ClassLoader loader, String code) {
        Map<PhraseCategory, List<Phrase>> phrases = new EnumMap<>(PhraseCategory.class);
        for (PhraseCategory c : PhraseCategory.values()) {
            phrases.put(c, phraseList(loader, "lang/" + code + "/" + c.id() + ".txt"));
        }
        return new LanguagePack(code, phrases, phraseList(loader, "lang/" + code + "/ignore.txt"),
                words(loader, "lang/" + code + "/stopwords.txt"),
                words(loader, "lang/" + code + "/abbreviations.txt"),
                words(loader, "lang/" + code + "/acronyms.txt"),
                properties(loader, "lang/" + code + "/suggestions.properties"));
    }

    private static List<Phrase> phraseList(ClassLoader loader, String path) {
        List<Phrase> list = new ArrayList<>();
        int lineNo = 0;
        for (String line : rawLines(loader, path)) {
            lineNo++;
            try {
                Phrase p = Phrase.parse(line);
                if (p != null) {
                    list.add(p);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(path + " line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        return list;
    }

    public List<String> codes() {
        return List.copyOf(packs.keySet());
    }

    public boolean has(String code) {
        return packs.containsKey(code);
    }

    public LanguagePack get(String code) {
        LanguagePack p = packs.get(code);
        if (p == null) {
            throw new IllegalArgumentException("unknown language '" + code + "'; known: " + packs.keySet());
        }
        return p;
    }

    private static Set<String> words(ClassLoader loader, String path) {
        Set<String> out = new HashSet<>();
        for (String line : lines(loader, path)) {
            String w = line.strip().toLowerCase(Locale.ROOT);
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Non-comment, non-blank lines of a UTF-8 resource; empty when it does not exist. */
    private static List<String> lines(ClassLoader loader, String path) {
        List<String> out = new ArrayList<>();
        for (String line : rawLines(loader, path)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> rawLines(ClassLoader loader, String path) {
        List<String> out = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return out;
    }

    private static Properties properties(ClassLoader loader, String path) {
        Properties p = new Properties();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return p;
    }
}
