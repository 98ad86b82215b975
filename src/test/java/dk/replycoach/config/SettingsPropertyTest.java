package dk.replycoach.config;

import com.pholser.junit.quickcheck.From;
import com.pholser.junit.quickcheck.Property;
import com.pholser.junit.quickcheck.generator.GenerationStatus;
import com.pholser.junit.quickcheck.generator.Generator;
import com.pholser.junit.quickcheck.random.SourceOfRandomness;
import com.pholser.junit.quickcheck.runner.JUnitQuickcheck;
import dk.replycoach.analysis.Messages;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.rule.Rule;
import dk.replycoach.analysis.rule.RuleCatalog;
import dk.replycoach.analysis.rule.RuleParameter;
import dk.replycoach.config.SettingsValidation.VersionPolicy;
import dk.replycoach.json.JsonParser;
import dk.replycoach.json.JsonWriter;
import org.junit.runner.RunWith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Validation never throws, whatever arrives, and always answers either valid settings or at least
 * one error with a text; valid settings survive a trip through JSON unchanged.
 */
@RunWith(JUnitQuickcheck.class)
public class SettingsPropertyTest {

    @Property(trials = 2000)
    public void validationNeverThrowsOnJsonishText(@From(JsonishText.class) String text) {
        for (VersionPolicy policy : VersionPolicy.values()) {
            checkAnswer(SettingsValidation.read(text, policy));
        }
    }

    @Property(trials = 2000)
    public void validationNeverThrowsOnMutatedSettings(@From(MutatedSettings.class) Object tree) {
        for (VersionPolicy policy : VersionPolicy.values()) {
            checkAnswer(SettingsValidation.read(tree, "", policy));
            checkAnswer(SettingsValidation.read(new JsonWriter().any(tree).toString(), policy));
        }
    }

    @Property(trials = 500)
    public void validSettingsRoundTrip(@From(ValidSettings.class) AdminSettings settings) {
        String json = SettingsJson.write(settings);
        SettingsResult back = SettingsValidation.read(json, VersionPolicy.REQUIRED);
        assertTrue(back.toString(), back.isValid());
        assertEquals(settings, back.settings());
        assertEquals(json, SettingsJson.write(back.settings()));
    }

    private static void checkAnswer(SettingsResult r) {
        assertNotNull(r);
        if (r.isValid()) {
            assertTrue(r.errors().isEmpty());
            assertNotNull(r.settings().toRuleSettings());
        } else {
            assertFalse(r.errors().isEmpty());
            assertTrue(r.errors().size() <= FieldReader.MAX_ERRORS + 1);
            for (FieldError e : r.errors()) {
                assertTrue(e.toString(), Messages.forLanguage("en").has(e.key()));
                assertNotNull(e.message(Messages.forLanguage("da")));
            }
        }
    }

    /** Text that is mostly settings JSON, cut, spliced and sprinkled with hostile fragments. */
    public static final class JsonishText extends Generator<String> {
        private static final String[] FRAGMENTS = {
            "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "null", "true", "false", "-0", "1e309", "NaN",
            "\"rules\"", "\"phrases\"", "\"version\"", "\"brief-information\"", "\"maxWords\"", "\"da\"", "\"excuse\"",
            "\"projectScope\"", "\"keys\"", "\"<script>alert(1)</script>\"", "[".repeat(40), "]".repeat(40),
            "99999999999999999999999", "\u0000", "\ud83d\ude00", " ", "\n",
        };
        private static final String BASE = SettingsJson.write(AdminSettings.defaults());

        public JsonishText() {
            super(String.class);
        }

        @Override
        public String generate(SourceOfRandomness random, GenerationStatus status) {
            StringBuilder sb = new StringBuilder(BASE);
            int edits = random.nextInt(0, 8);
            for (int i = 0; i < edits; i++) {
                int at = random.nextInt(0, sb.length());
                switch (random.nextInt(0, 2)) {
                    case 0:
                        sb.insert(at, FRAGMENTS[random.nextInt(0, FRAGMENTS.length - 1)]);
                        break;
                    case 1:
                        sb.delete(at, Math.min(sb.length(), at + random.nextInt(1, 20)));
                        break;
                    default:
                        sb.insert(at, random.nextChar(Character.MIN_VALUE, Character.MAX_VALUE));
                }
            }
            return sb.toString();
        }
    }

    /** The default settings tree with random values of random types put at known and unknown places. */
    public static final class MutatedSettings extends Generator<Object> {
        public MutatedSettings() {
            super(Object.class);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object generate(SourceOfRandomness random, GenerationStatus status) {
            Object tree = JsonParser.parse(SettingsJson.write(AdminSettings.defaults()));
            int edits = random.nextInt(1, 6);
            for (int i = 0; i < edits; i++) {
                List<Map<String, Object>> maps = new ArrayList<>();
                collectMaps(tree, maps);
                Map<String, Object> target = maps.get(random.nextInt(0, maps.size() - 1));
                List<String> keys = new ArrayList<>(target.keySet());
                String key = keys.isEmpty() || random.nextInt(0, 4) == 0 ? anyString(random) : keys.get(random.nextInt(0, keys.size() - 1));
                if (random.nextInt(0, 3) == 0 && key.equals("phrases")) {
                    Map<String, Object> byCategory = new LinkedHashMap<>();
                    byCategory.put(anyCategory(random), anyList(random, 3));
                    Map<String, Object> byLanguage = new LinkedHashMap<>();
                    byLanguage.put(random.nextBoolean() ? "da" : "xx", byCategory);
                    target.put(key, byLanguage);
                } else {
                    target.put(key, anyValue(random, 3));
                }
            }
            return random.nextInt(0, 30) == 0 ? anyValue(random, 3) : tree;
        }

        @SuppressWarnings("unchecked")
        private static void collectMaps(Object v, List<Map<String, Object>> out) {
            if (v instanceof Map) {
                out.add((Map<String, Object>) v);
                ((Map<String, Object>) v).values().forEach(x -> collectMaps(x, out));
            }
        }

        private static String anyCategory(SourceOfRandomness random) {
            PhraseCategory[] all = PhraseCategory.values();
            return random.nextInt(0, 5) == 0 ? anyString(random) : all[random.nextInt(0, all.length - 1)].id();
        }

        static Object anyValue(SourceOfRandomness random, int depth) {
            switch (random.nextInt(0, depth <= 0 ? 4 : 7)) {
                case 0: return null;
                case 1: return random.nextBoolean();
                case 2: return random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L);
                case 3: return random.nextDouble(-1e6, 1e6);
                case 4: return anyString(random);
                case 5: return anyList(random, depth - 1);
                case 7:
                    return random.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY;
                case 6: {
                    Map<String, Object> m = new LinkedHashMap<>();
                    int n = random.nextInt(0, 4);
                    for (int i = 0; i < n; i++) {
                        m.put(anyString(random), anyValue(random, depth - 1));
                    }
                    return m;
                }
                default:
                    return random.nextDouble(-1e6, 1e6);
            }
        }

        static List<Object> anyList(SourceOfRandomness random, int depth) {
            List<Object> l = new ArrayList<>();
            int n = random.nextInt(0, 5);
            for (int i = 0; i < n; i++) {
                l.add(random.nextInt(0, 2) == 0 ? anyString(random) : anyValue(random, depth - 1));
            }
            return l;
        }

        static String anyString(SourceOfRandomness random) {
            String[] samples = {"", " ", "SUP", "sup", "block", "warning", "info", "soft", "da", "en", "excuse", "#x", "*",
                "vi har travlt", "<script>alert(1)</script>", "a\nb", "\ud800", "x".repeat(150), "forstå*", "no-but", "maxWords"};
            if (random.nextInt(0, 3) == 0) {
                StringBuilder sb = new StringBuilder();
                int n = random.nextInt(0, 12);
                for (int i = 0; i < n; i++) {
                    sb.append(random.nextChar(Character.MIN_VALUE, Character.MAX_VALUE));
                }
                return sb.toString();
            }
            return samples[random.nextInt(0, samples.length - 1)];
        }
    }

    /** Settings an admin could save: every value within its rules, including awkward but valid text. */
    public static final class ValidSettings extends Generator<AdminSettings> {
        private static final String[] PHRASES = {
            "vi har travlt", "det er ikke min fejl", "forstå*", "som * sagt", "you should have", "as stated in our terms",
            "it's not", "e-mail", "f.eks. sådan", "æøå ÆØÅ", "“citat”", "<script>alert(1)</script>", "a & b", "\\ back",
            "\"quoted\" word", "emoji \ud83d\ude00 word", "x".repeat(100),
        };
        private static final String[] GROUPS = {"service-leads", "Team <Leads>", "jira-administrators", "grüppe & co", "\"q\""};
        private static final String[] KEYS = {"SUP", "HELP", "A1", "IT_DESK", "X".repeat(255)};

        public ValidSettings() {
            super(AdminSettings.class);
        }

        @Override
        public AdminSettings generate(SourceOfRandomness random, GenerationStatus status) {
            AdminSettings.Builder b = AdminSettings.builder().version(random.nextLong(0, SettingsValidation.MAX_VERSION));
            for (Rule r : RuleCatalog.rules()) {
                b.enabled(r.id(), random.nextBoolean());
                b.severity(r.id(), Severity.values()[random.nextInt(0, 2)]);
                for (RuleParameter p : r.descriptor().parameters()) {
                    double v = random.nextBoolean() ? Math.rint(random.nextDouble(p.min(), p.max())) : random.nextDouble(p.min(), p.max());
                    b.parameter(r.id(), p.name(), Math.max(p.min(), Math.min(p.max(), v)));
                }
            }
            for (String lang : List.of("da", "en")) {
                int n = random.nextInt(0, 6);
                for (int i = 0; i < n; i++) {
                    PhraseCategory c = PhraseCategory.values()[random.nextInt(0, PhraseCategory.values().length - 1)];
                    b.extraPhrase(lang, c, PHRASES[random.nextInt(0, PHRASES.length - 1)]);
                }
                int m = random.nextInt(0, 3);
                for (int i = 0; i < m; i++) {
                    b.ignorePhrase(lang, PHRASES[random.nextInt(0, PHRASES.length - 1)]);
                }
            }
            List<String> keys = new ArrayList<>();
            int k = random.nextInt(random.nextBoolean() ? 0 : 1, 3);
            for (int i = 0; i < k; i++) {
                keys.add(KEYS[random.nextInt(0, KEYS.length - 1)]);
            }
            b.projectScope(keys.isEmpty() || random.nextBoolean() ? ProjectScope.all(keys) : ProjectScope.only(keys));
            int g = random.nextInt(0, 3);
            for (int i = 0; i < g; i++) {
                b.leadGroup(GROUPS[random.nextInt(0, GROUPS.length - 1)]);
            }
            return b.checkInternalNotes(random.nextBoolean())
                    .gateMode(GateMode.values()[random.nextInt(0, 2)])
                    .validatorDefaults(new ValidatorSettings(random.nextBoolean() ? Severity.BLOCK : Severity.WARNING,
                            ValidatorSettings.Scope.values()[random.nextInt(0, 1)], ValidatorSettings.FailMode.values()[random.nextInt(0, 1)]))
                    .retentionDays(random.nextInt(SettingsValidation.MIN_RETENTION_DAYS, SettingsValidation.MAX_RETENTION_DAYS))
                    .minGroupSize(random.nextInt(SettingsValidation.MIN_GROUP_SIZE, SettingsValidation.MAX_GROUP_SIZE))
                    .defaultLanguage(random.nextBoolean() ? "da" : "en")
                    .build();
        }
    }
}
