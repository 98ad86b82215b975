package dk.replycoach;

import dk.replycoach.analysis.rule.Rule;
import dk.replycoach.analysis.rule.RuleCatalog;
import dk.replycoach.guidance.ConflictStyle;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Every text exists in English and Danish, and the shipped files are what Jira can read. */
public class I18nTest {

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nTest.class.getClassLoader().getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return p;
    }

    @Test
    public void englishAndDanishHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(load("i18n/replycoach.properties").stringPropertyNames());
        Set<String> da = new TreeSet<>(load("i18n/replycoach_da.properties").stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(da);
        Set<String> onlyDa = new TreeSet<>(da);
        onlyDa.removeAll(en);
        assertEquals("keys missing in Danish", Set.of(), onlyEn);
        assertEquals("keys missing in English", Set.of(), onlyDa);
    }

    @Test
    public void everyRuleAndStyleHasItsTexts() throws IOException {
        for (String file : new String[] {"i18n/replycoach.properties", "i18n/replycoach_da.properties"}) {
            Properties p = load(file);
            for (Rule r : RuleCatalog.rules()) {
                for (String key : new String[] {r.descriptor().nameKey(), r.descriptor().messageKey(), r.descriptor().guidanceKey()}) {
                    assertTrue(file + " lacks " + key, p.containsKey(key));
                }
            }
            for (ConflictStyle s : ConflictStyle.values()) {
                assertTrue(file + " lacks advice for " + s, p.containsKey("replycoach.style." + s.id() + ".advice"));
            }
        }
    }

    @Test
    public void shippedFilesAreAsciiAndMatchTheirUtf8Sources() throws IOException {
        for (String name : new String[] {"replycoach.properties", "replycoach_da.properties"}) {
            byte[] shipped = Files.readAllBytes(Path.of("src/main/resources/i18n", name));
            for (byte b : shipped) {
                assertTrue(name + " must be ASCII (\\u escapes)", b >= 0);
            }
            String source = Files.readString(Path.of("src/main/i18n-src", name), StandardCharsets.UTF_8);
            StringBuilder escaped = new StringBuilder();
            source.chars().forEach(c -> escaped.append(c < 128 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
            assertEquals(name + " is stale: run scripts/i18n-escape.py", escaped.toString(),
                    new String(shipped, StandardCharsets.US_ASCII));
        }
    }
}
