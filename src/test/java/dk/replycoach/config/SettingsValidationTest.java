package dk.replycoach.config;

import dk.replycoach.analysis.Messages;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.config.SettingsValidation.VersionPolicy;
import dk.replycoach.json.JsonWriter;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Every kind of bad input gives a field error at the right path, in both languages. */
public class SettingsValidationTest {
    private static final String E = "replycoach.settings.error.";

    /** The default settings as a mutable JSON tree, to break one field at a time. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> defaults() {
        return (Map<String, Object>) dk.replycoach.json.JsonParser.parse(SettingsJson.write(AdminSettings.defaults()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    private static SettingsResult read(Object tree) {
        return SettingsValidation.read(new JsonWriter().any(tree).toString(), VersionPolicy.REQUIRED);
    }

    /** The only error is {@code key} at {@code field}; its text exists in English and Danish. */
    private static FieldError onlyError(SettingsResult r, String field, String key) {
        assertFalse("expected an error at " + field, r.isValid());
        assertEquals(r.errors().toString(), 1, r.errors().size());
        FieldError e = r.errors().get(0);
        assertEquals(field, e.field());
        assertEquals(E + key, e.key());
        for (String lang : new String[] {"en", "da"}) {
            assertTrue(lang + " text for " + e.key(), Messages.forLanguage(lang).has(e.key()));
            assertFalse(e.message(Messages.forLanguage(lang)).contains("{0}"));
        }
        return e;
    }

    private static List<String> fields(SettingsResult r) {
        return r.errors().stream().map(FieldError::field).collect(Collectors.toList());
    }

    @Test
    public void defaultsRoundTrip() {
        SettingsResult r = SettingsValidation.read(SettingsJson.write(AdminSettings.defaults()), VersionPolicy.REQUIRED);
        assertTrue(r.toString(), r.isValid());
        assertEquals(AdminSettings.defaults(), r.settings());
    }

    @Test
    public void leftOutFieldsKeepTheirDefaults() {
        SettingsResult r = SettingsValidation.read("{\"version\":7,\"rules\":{\"no-but\":{\"enabled\":false}}}", VersionPolicy.REQUIRED);
        assertTrue(r.toString(), r.isValid());
        assertEquals(AdminSettings.defaults().toBuilder().version(7).enabled("no-but", false).build(), r.settings());
    }

    @Test
    public void unknownRuleId() {
        Map<String, Object> s = defaults();
        obj(s, "rules").put("be-nice", Map.of("enabled", true));
        onlyError(read(s), "rules.be-nice", "unknownRule");
    }

    @Test
    public void unknownSeverity() {
        Map<String, Object> s = defaults();
        obj(obj(s, "rules"), "no-but").put("severity", "fatal");
        onlyError(read(s), "rules.no-but.severity", "unknownSeverity");
    }

    @Test
    public void negativeThreshold() {
        Map<String, Object> s = defaults();
        obj(obj(s, "rules"), "brief-information").put("maxWords", -5);
        FieldError e = onlyError(read(s), "rules.brief-information.maxWords", "range");
        assertEquals(List.of("10", "5000"), e.args());
        assertEquals("Must be between 10 and 5000.", e.message(Messages.forLanguage("en")));
    }

    @Test
    public void absurdThreshold() {
        Map<String, Object> s = defaults();
        obj(obj(s, "rules"), "confirm-understanding").put("customerManyQuestions", 1e12);
        onlyError(read(s), "rules.confirm-understanding.customerManyQuestions", "range");
    }

    @Test
    public void thresholdOfTheWrongType() {
        Map<String, Object> s = defaults();
        obj(obj(s, "rules"), "ownership-plan").put("minWords", "12");
        onlyError(read(s), "rules.ownership-plan.minWords", "type.number");
    }

    @Test
    public void parameterTheRuleDoesNotHave() {
        Map<String, Object> s = defaults();
        obj(obj(s, "rules"), "no-but").put("maxWords", 10);
        onlyError(read(s), "rules.no-but.maxWords", "unknownField");
    }

    @Test
    public void unknownTopLevelField() {
        Map<String, Object> s = defaults();
        s.put("colour", "red");
        onlyError(read(s), "colour", "unknownField");
    }

    @Test
    public void phraseOverOneHundredCharacters() {
        Map<String, Object> s = defaults();
        s.put("phrases", Map.of("da", Map.of("excuse", List.of("vi har travlt", "ord ".repeat(20) + "x".repeat(30)))));
        onlyError(read(s), "phrases.da.excuse[1]", "phrase.tooLong");
    }

    @Test
    public void phrasesThatPhraseParseRejects() {
        Map<String, Object> s = defaults();
        s.put("phrases", Map.of("en", Map.of("blame", List.of("!!!"))));
        onlyError(read(s), "phrases.en.blame[0]", "phrase.words");
        s.put("phrases", Map.of("en", Map.of("blame", List.of("a b c d e f g h i j k l m"))));
        onlyError(read(s), "phrases.en.blame[0]", "phrase.words");
        s.put("phrases", Map.of("en", Map.of("blame", List.of("# not a phrase"))));
        onlyError(read(s), "phrases.en.blame[0]", "phrase.empty");
        s.put("phrases", Map.of("en", Map.of("blame", List.of("   "))));
        onlyError(read(s), "phrases.en.blame[0]", "phrase.empty");
        s.put("phrases", Map.of("en", Map.of("blame", List.of("two\nlines"))));
        onlyError(read(s), "phrases.en.blame[0]", "characters");
    }

    @Test
    public void phraseOfTheWrongType() {
        Map<String, Object> s = defaults();
        s.put("phrases", Map.of("en", Map.of("blame", List.of(42))));
        onlyError(read(s), "phrases.en.blame[0]", "type.string");
        s.put("ignoredPhrases", Map.of("en", "but also"));
        s.remove("phrases");
        onlyError(read(s), "ignoredPhrases.en", "type.list");
    }

    @Test
    public void moreThanFiveThousandPhrasesInAll() {
        Map<String, Object> s = defaults();
        s.put("phrases", Map.of("da", Map.of("excuse", numbered("undskyld", 2600))));
        s.put("ignoredPhrases", Map.of("en", numbered("sorry", 2600)));
        FieldError e = onlyError(read(s), "phrases", "phrases.tooMany");
        assertEquals(List.of(5200, 5000), e.args());
    }

    @Test
    public void fiveThousandPhrasesAreFine() {
        Map<String, Object> s = defaults();
        s.put("phrases", Map.of("da", Map.of("excuse", numbered("undskyld", 2500))));
        s.put("ignoredPhrases", Map.of("en", numbered("sorry", 2500)));
        SettingsResult r = read(s);
        assertTrue(r.toString(), r.isValid());
        assertEquals(5000, r.settings().phraseCount());
    }

    private static List<String> numbered(String word, int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(word + " " + i);
        }
        return l;
    }

    @Test
    public void unknownLanguageOrCategory() {
        Map<String, Object> s = defaults();
        s.put("phrases", Map.of("de", Map.of("excuse", List.of("entschuldigung"))));
        FieldError e = onlyError(read(s), "phrases.de", "unknownLanguage");
        assertEquals(List.of("da, en"), e.args());
        s.put("phrases", Map.of("da", Map.of("flattery", List.of("du er sød"))));
        onlyError(read(s), "phrases.da.flattery", "unknownCategory");
        s.put("phrases", Map.of("da", Map.of("EXCUSE", List.of("du er sød"))));
        onlyError(read(s), "phrases.da.EXCUSE", "unknownCategory");
        s.remove("phrases");
        s.put("ignoredPhrases", Map.of("sv", List.of("men också")));
        onlyError(read(s), "ignoredPhrases.sv", "unknownLanguage");
        s.remove("ignoredPhrases");
        s.put("defaultLanguage", "de");
        onlyError(read(s), "defaultLanguage", "unknownLanguage");
    }

    @Test
    public void badProjectKeys() {
        for (String key : new String[] {"sup", "1SUP", "S", "SUP-1", "<script>alert(1)</script>", "A".repeat(256)}) {
            Map<String, Object> s = defaults();
            s.put("projectScope", Map.of("all", false, "keys", List.of("SUP", key)));
            onlyError(read(s), "projectScope.keys[1]", "projectKey");
        }
        Map<String, Object> s = defaults();
        s.put("projectScope", Map.of("all", false, "keys", List.of("SUP", "HELP_DESK", "A1")));
        SettingsResult r = read(s);
        assertTrue(r.toString(), r.isValid());
        assertEquals(ProjectScope.only(List.of("SUP", "HELP_DESK", "A1")), r.settings().projectScope());
        assertFalse(r.settings().projectScope().includes("OTHER"));
    }

    @Test
    public void listedScopeNeedsAProject() {
        Map<String, Object> s = defaults();
        s.put("projectScope", Map.of("all", false, "keys", List.of()));
        onlyError(read(s), "projectScope.keys", "projects.empty");
        s.put("projectScope", Map.of("all", true, "keys", List.of()));
        assertTrue(read(s).isValid());
    }

    @Test
    public void wrongJsonTypes() {
        Object[][] cases = {
            {"retentionDays", "365", "retentionDays", "type.integer"},
            {"retentionDays", 36.5, "retentionDays", "type.integer"},
            {"checkInternalNotes", "yes", "checkInternalNotes", "type.boolean"},
            {"leadGroups", "service-leads", "leadGroups", "type.list"},
            {"rules", List.of(), "rules", "type.object"},
            {"gateMode", true, "gateMode", "type.string"},
            {"validator", "block", "validator", "type.object"},
            {"projectScope", List.of("SUP"), "projectScope", "type.object"},
            {"minGroupSize", null, "minGroupSize", "type.integer"},
            {"phrases", List.of(), "phrases", "type.object"},
        };
        for (Object[] c : cases) {
            Map<String, Object> s = defaults();
            s.put((String) c[0], c[1]);
            onlyError(read(s), (String) c[2], (String) c[3]);
        }
        Map<String, Object> s = defaults();
        obj(obj(s, "rules"), "shouting").put("enabled", "false");
        onlyError(read(s), "rules.shouting.enabled", "type.boolean");
        onlyError(SettingsValidation.read("[1,2]", VersionPolicy.REQUIRED), "", "type.object");
        onlyError(SettingsValidation.read("\"settings\"", VersionPolicy.REQUIRED), "", "type.object");
    }

    @Test
    public void numbersOutOfRange() {
        Object[][] cases = {
            {"retentionDays", 0}, {"retentionDays", 3651}, {"minGroupSize", 1}, {"minGroupSize", 1001},
        };
        for (Object[] c : cases) {
            Map<String, Object> s = defaults();
            s.put((String) c[0], c[1]);
            onlyError(read(s), (String) c[0], "range");
        }
        Map<String, Object> s = defaults();
        s.put("retentionDays", 30.0);
        assertEquals(30, read(s).settings().retentionDays());
    }

    @Test
    public void gateModeAndValidatorDefaults() {
        Map<String, Object> s = defaults();
        s.put("gateMode", "strict");
        onlyError(read(s), "gateMode", "gateMode");
        s = defaults();
        s.put("validator", Map.of("blockAt", "info"));
        onlyError(read(s), "validator.blockAt", "validator.blockAt");
        s.put("validator", Map.of("scope", "internal"));
        onlyError(read(s), "validator.scope", "validator.scope");
        s.put("validator", Map.of("failMode", "explode"));
        onlyError(read(s), "validator.failMode", "validator.failMode");
        s.put("validator", Map.of("blockAt", "warning", "extra", 1));
        onlyError(read(s), "validator.extra", "unknownField");
        s.put("validator", Map.of("blockAt", "warning", "failMode", "closed"));
        s.put("gateMode", "hard");
        AdminSettings a = read(s).settings();
        assertEquals(GateMode.HARD, a.gateMode());
        assertEquals(new ValidatorSettings(Severity.WARNING, ValidatorSettings.Scope.PUBLIC, ValidatorSettings.FailMode.CLOSED),
                a.validatorDefaults());
    }

    @Test
    public void leadGroups() {
        Map<String, Object> s = defaults();
        s.put("leadGroups", List.of("service-leads", "", "x".repeat(256), "a\tb"));
        SettingsResult r = read(s);
        assertEquals(List.of("leadGroups[1]", "leadGroups[2]", "leadGroups[3]"), fields(r));
        s.put("leadGroups", List.of(" service-leads ", "Team <Leads>", "service-leads"));
        assertEquals(List.of("service-leads", "Team <Leads>"), read(s).settings().leadGroups());
    }

    @Test
    public void versionIsRequiredForASave() {
        Map<String, Object> s = defaults();
        s.remove("version");
        onlyError(read(s), "version", "required");
        s.put("version", -1);
        onlyError(read(s), "version", "range");
        s.put("version", "3");
        onlyError(read(s), "version", "type.integer");
        s.put("version", 3);
        assertEquals(3, read(s).settings().version());
        s.put("version", "whatever");
        assertTrue(SettingsValidation.read(new JsonWriter().any(s).toString(), VersionPolicy.IGNORED).isValid());
    }

    @Test
    public void hugeArrays() {
        Map<String, Object> s = defaults();
        s.put("leadGroups", Collections.nCopies(SettingsValidation.MAX_LEAD_GROUPS + 1, "g"));
        FieldError e = onlyError(read(s), "leadGroups", "list.tooLong");
        assertEquals(List.of(201, 200), e.args());
        s = defaults();
        s.put("projectScope", Map.of("all", true, "keys", Collections.nCopies(SettingsValidation.MAX_PROJECT_KEYS + 1, "SUP")));
        onlyError(read(s), "projectScope.keys", "list.tooLong");
        s = defaults();
        s.put("leadGroups", Collections.nCopies(50_000, 1));
        FieldError tooBig = onlyError(read(s), "", "json");
        assertTrue(tooBig.args().toString(), tooBig.args().get(0).toString().contains("more than 12000 values"));
    }

    @Test
    public void deepNesting() {
        String deep = "{\"version\":1,\"leadGroups\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        FieldError e = onlyError(SettingsValidation.read(deep, VersionPolicy.REQUIRED), "", "json");
        assertTrue(e.args().toString(), e.args().get(0).toString().contains("nested deeper"));
        Map<String, Object> s = defaults();
        s.put("leadGroups", List.of(List.of(List.of("a"))));
        onlyError(read(s), "leadGroups[0]", "type.string");
    }

    @Test
    public void malformedJson() {
        for (String bad : new String[] {"", "{", "{\"version\":}", "nul", "{\"version\":1} trailing", "\u0000"}) {
            onlyError(SettingsValidation.read(bad, VersionPolicy.REQUIRED), "", "json");
        }
    }

    @Test
    public void manyErrorsAreCapped() {
        Map<String, Object> s = defaults();
        s.put("phrases", Map.of("da", Map.of("excuse", Collections.nCopies(500, 7))));
        SettingsResult r = read(s);
        assertEquals(FieldReader.MAX_ERRORS + 1, r.errors().size());
        FieldError last = r.errors().get(r.errors().size() - 1);
        assertEquals(E + "more", last.key());
        assertEquals(List.of(400), last.args());
    }

    @Test
    public void allErrorsAreReportedInOnePass() {
        Map<String, Object> s = defaults();
        obj(obj(s, "rules"), "no-but").put("severity", "fatal");
        s.put("retentionDays", -1);
        s.put("projectScope", Map.of("all", false, "keys", List.of("bad")));
        assertEquals(List.of("rules.no-but.severity", "projectScope.keys[0]", "retentionDays"), fields(read(s)));
    }

    @Test
    public void absurdKeysAreShortenedInPaths() {
        Map<String, Object> s = defaults();
        s.put("x".repeat(10_000), 1);
        SettingsResult r = read(s);
        assertTrue(r.errors().get(0).field().length() < 100);
    }

    @Test
    public void validSettingsBecomeTheEnginesRuleSettings() {
        Map<String, Object> s = defaults();
        Map<String, Object> brief = obj(obj(s, "rules"), "brief-information");
        brief.put("maxWords", 80);
        brief.put("severity", "block");
        obj(obj(s, "rules"), "shouting").put("enabled", false);
        Map<String, Object> phrases = new LinkedHashMap<>();
        phrases.put("da", Map.of("excuse", List.of(" solpletterne drillede ")));
        s.put("phrases", phrases);
        s.put("ignoredPhrases", Map.of("en", List.of("but also")));
        s.put("defaultLanguage", "en");
        AdminSettings a = read(s).settings();
        assertEquals(List.of("solpletterne drillede"), a.extraPhrases("da", PhraseCategory.EXCUSE));
        dk.replycoach.analysis.RuleSettings rs = a.toRuleSettings();
        assertEquals(80, rs.parameter("brief-information", "maxWords", 120), 0);
        assertEquals(Severity.BLOCK, rs.severity("brief-information", Severity.WARNING));
        assertFalse(rs.isEnabled("shouting"));
        assertTrue(rs.isEnabled("no-but"));
        assertEquals(List.of("solpletterne drillede"), rs.extraPhrases("da", PhraseCategory.EXCUSE));
        assertEquals(List.of("but also"), rs.ignoredPhrases("en"));
        assertEquals("en", rs.defaultLanguage());
    }
}
