package dk.replycoach.config;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.json.JsonParser;
import dk.replycoach.json.JsonWriter;
import org.junit.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

public class SettingsServiceTest {
    private static final String REPLY = "Hej Peter,\nSom sagt er pakken sendt. Solpletterne drillede os i dag.\nMed venlig hilsen\nAnna";

    private final InMemorySettings repository = new InMemorySettings();
    private final SettingsService service = new SettingsService(repository);

    private static String json(AdminSettings s) {
        return SettingsJson.write(s);
    }

    private static String preview(AdminSettings s, String text) {
        return new JsonWriter().beginObject().name("settings").any(JsonParser.parse(json(s)))
                .name("text").value(text).endObject().toString();
    }

    private static List<String> rules(SettingsOutcome o) {
        return o.report().findings().stream().map(Finding::rule).collect(Collectors.toList());
    }

    @Test
    public void saveStoresTheNextVersion() {
        AdminSettings edited = service.current().toBuilder().enabled("shouting", false).build();
        SettingsOutcome o = service.save(json(edited));
        assertEquals(SettingsOutcome.Kind.OK, o.kind());
        assertEquals(1, o.settings().version());
        assertFalse(repository.current().rule("shouting").enabled());
        assertEquals(2, service.save(json(repository.current().toBuilder().retentionDays(30).build())).settings().version());
    }

    @Test
    public void staleSaveIsAConflictAndChangesNothing() {
        AdminSettings base = service.current();
        service.save(json(base.toBuilder().retentionDays(30).build()));
        SettingsOutcome stale = service.save(json(base.toBuilder().retentionDays(90).build()));
        assertEquals(SettingsOutcome.Kind.CONFLICT, stale.kind());
        assertEquals(1, stale.currentVersion());
        assertEquals(30, repository.current().retentionDays());
    }

    @Test
    public void invalidSaveLeavesTheOldSettingsInForce() {
        service.save(json(service.current().toBuilder().retentionDays(30).build()));
        AdminSettings before = repository.current();
        SettingsOutcome o = service.save("{\"version\":1,\"retentionDays\":-4,\"rules\":{\"nice\":{}}}");
        assertEquals(SettingsOutcome.Kind.INVALID, o.kind());
        assertEquals(List.of("rules.nice", "retentionDays"), o.errors().stream().map(FieldError::field).collect(Collectors.toList()));
        assertSame(before, repository.current());
    }

    @Test
    public void previewRunsTheUnsavedSettings() {
        AdminSettings saved = service.current();
        SettingsOutcome withDefaults = service.preview(preview(saved, REPLY), "en");
        assertTrue(rules(withDefaults).toString(), rules(withDefaults).contains("condescending"));
        assertFalse(rules(withDefaults).contains("excuse"));

        AdminSettings unsaved = saved.toBuilder().enabled("condescending", false)
                .extraPhrase("da", PhraseCategory.EXCUSE, "solpletterne drillede")
                .severity("open-question", Severity.BLOCK).build();
        SettingsOutcome o = service.preview(preview(unsaved, REPLY), "da");
        assertEquals(SettingsOutcome.Kind.OK, o.kind());
        assertFalse(rules(o).contains("condescending"));
        Finding excuse = o.report().findings().stream().filter(f -> f.rule().equals("excuse")).findFirst().orElseThrow();
        assertEquals("Solpletterne drillede", excuse.excerpt());
        assertTrue(o.report().findings().stream().anyMatch(f -> f.rule().equals("open-question") && f.severity() == Severity.BLOCK));
        assertSame("nothing was saved", saved, repository.current());
    }

    @Test
    public void previewErrorsCarryTheSettingsPrefix() {
        String body = "{\"settings\":{\"rules\":{\"brief-information\":{\"maxWords\":-1}}},\"language\":\"de\"}";
        SettingsOutcome o = service.preview(body, "en");
        assertEquals(SettingsOutcome.Kind.INVALID, o.kind());
        assertEquals(List.of("text", "language", "settings.rules.brief-information.maxWords"),
                o.errors().stream().map(FieldError::field).collect(Collectors.toList()));
        assertEquals(SettingsOutcome.Kind.INVALID, service.preview("{\"text\":\"hej\"}", "en").kind());
        assertEquals(SettingsOutcome.Kind.INVALID, service.preview("[]", "en").kind());
        assertEquals(SettingsOutcome.Kind.INVALID, service.preview("{", "en").kind());
    }

    @Test
    public void importReplacesTheSettingsAndIgnoresTheFilesVersion() {
        service.save(json(service.current().toBuilder().retentionDays(30).build()));
        String exported = json(AdminSettings.defaults().toBuilder().version(77).leadGroup("service-leads").build());
        SettingsOutcome o = service.importSettings(exported, null);
        assertEquals(SettingsOutcome.Kind.OK, o.kind());
        assertEquals(2, o.settings().version());
        assertEquals(List.of("service-leads"), repository.current().leadGroups());
        assertEquals(AdminSettings.DEFAULT_RETENTION_DAYS, repository.current().retentionDays());
        assertEquals(SettingsOutcome.Kind.CONFLICT, service.importSettings(exported, 1L).kind());
    }

    @Test
    public void hostileImportsAreRejectedWithFieldErrors() {
        service.save(json(service.current().toBuilder().leadGroup("service-leads").build()));
        AdminSettings before = repository.current();
        String[] hostile = {
            "{\"leadGroups\":" + new JsonWriter().any(Collections.nCopies(100_000, "g")) + "}",
            "{\"phrases\":" + "{\"da\":".repeat(40) + "1" + "}".repeat(41),
            "{\"retentionDays\":\"forever\",\"projectScope\":{\"all\":\"no\",\"keys\":[1,2]},\"phrases\":{\"da\":{\"excuse\":\"x\"}}}",
            "{\"leadGroups\":" + new JsonWriter().any(Collections.nCopies(300, "g")) + "}",
        };
        for (String body : hostile) {
            SettingsOutcome o = service.importSettings(body, null);
            assertEquals(body.substring(0, 40), SettingsOutcome.Kind.INVALID, o.kind());
            assertFalse(o.errors().isEmpty());
            assertSame(before, repository.current());
        }
        SettingsOutcome types = service.importSettings(hostile[2], null);
        assertEquals(List.of("phrases.da.excuse", "projectScope.all", "projectScope.keys[0]", "projectScope.keys[1]", "retentionDays"),
                sortedFields(types));
    }

    private static List<String> sortedFields(SettingsOutcome o) {
        return o.errors().stream().map(FieldError::field).sorted().collect(Collectors.toList());
    }

    @Test
    public void exportIsTheCurrentSettingsAsJson() {
        service.save(json(service.current().toBuilder().minGroupSize(5).build()));
        @SuppressWarnings("unchecked")
        Map<String, Object> exported = (Map<String, Object>) JsonParser.parse(service.export());
        assertEquals(5L, exported.get("minGroupSize"));
        assertEquals(1L, exported.get("version"));
        assertNull(exported.get("nothing"));
    }
}
