package dk.replycoach.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts shown to agents in their UI language, from the same {@code i18n/replycoach*.properties}
 * files that Jira reads. English is the base file; another language falls back to English key by
 * key. Loaded explicitly (not through ResourceBundle) so the JVM's default locale never decides
 * which language an agent sees.
 */
public final class Messages {
    private static final String BASE = "i18n/replycoach";
    private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

    private final String language;
    private final Properties texts;

    private Messages(String language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    /** Messages for a UI language; unknown languages get English. */
    public static Messages forLanguage(String language) {
        String lang = language == null || language.isBlank() ? "en" : language.trim().toLowerCase(java.util.Locale.ROOT);
        return CACHE.computeIfAbsent(lang, Messages::load);
    }

    private static Messages load(String lang) {
        Properties base = read(BASE + ".properties");
        Properties merged = new Properties();
        merged.putAll(base);
        if (!"en".equals(lang)) {
            merged.putAll(read(BASE + "_" + lang + ".properties"));
        }
        return new Messages(lang, merged);
    }

    private static Properties read(String path) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return p;
    }

    public String language() {
        return language;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /**
     * The text for a key with {@code {0}}, {@code {1}} ... replaced by the arguments. A missing key
     * gives the key itself, so a gap shows up in the UI instead of breaking it.
     */
    public String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            return key;
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
