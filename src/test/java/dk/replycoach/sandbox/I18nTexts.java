package dk.replycoach.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugin's i18n resource ({@code <resource type="i18n" location="i18n.replycoach"/>}) as Jira
 * reads it: the shipped .properties files (ISO-8859-1 with \\u escapes), the user's language over
 * English. Also Jira's {@code jsI18n} web-resource transformer, which rewrites
 * {@code AJS.I18n.getText('literal.key', ...)} in a served file to {@code AJS.format('text', ...)}
 * for the user's language; a key that is not literal is left alone and shows as the key, as in Jira.
 */
public final class I18nTexts {
    private static final Pattern GET_TEXT = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([A-Za-z0-9_.\\-]+)\\1");

    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

    public I18nTexts() {
        Map<String, String> en = read("i18n/replycoach.properties");
        byLanguage.put("en", en);
        Map<String, String> da = new HashMap<>(en);
        da.putAll(read("i18n/replycoach_da.properties"));
        byLanguage.put("da", da);
    }

    private static Map<String, String> read(String resource) {
        Properties p = new Properties();
        try (InputStream in = I18nTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            p.load(in); // ISO-8859-1, as Jira reads plugin i18n files
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
        Map<String, String> out = new HashMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    /** "da" for Danish users, else "en": the languages the plugin ships. */
    public static String language(Locale locale) {
        return locale != null && "da".equals(locale.getLanguage()) ? "da" : "en";
    }

    /** The raw text (a MessageFormat pattern), or the key itself when there is none, as Jira shows it. */
    public String raw(String language, String key) {
        String v = byLanguage.getOrDefault(language, byLanguage.get("en")).get(key);
        return v == null ? key : v;
    }

    /** The formatted text, as Jira's I18nHelper.getText gives it to a template. */
    public String getText(String language, String key, Object... args) {
        return new MessageFormat(raw(language, key), Locale.forLanguageTag(language)).format(args);
    }

    /** The jsI18n transformer. */
    public String transform(String js, String language) {
        Matcher m = GET_TEXT.matcher(js);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String text = raw(language, m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement("AJS.format(" + jsString(text)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A JavaScript string literal that is also safe inside an HTML script element. */
    public static String jsString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '<': b.append("\\u003c"); break;
                case '>': b.append("\\u003e"); break;
                case '&': b.append("\\u0026"); break;
                case '\u2028': b.append("\\u2028"); break;
                case '\u2029': b.append("\\u2029"); break;
                default:
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }
}
