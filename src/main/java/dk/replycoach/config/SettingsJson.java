package dk.replycoach.config;

import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.json.JsonWriter;

import java.util.List;
import java.util.Map;

/**
 * The JSON form of {@link AdminSettings}: what the REST resource sends and receives, what export
 * writes and import reads, and what is stored. Read it back with {@link SettingsValidation}.
 *
 * <pre>
 * {"version": 4,
 *  "rules": {"brief-information": {"enabled": true, "severity": "warning", "maxWords": 150, ...}, ...},
 *  "phrases": {"da": {"excuse": ["vi har travlt"]}},
 *  "ignoredPhrases": {"en": ["but also"]},
 *  "projectScope": {"all": false, "keys": ["SUP", "HELP"]},
 *  "checkInternalNotes": false,
 *  "gateMode": "soft",
 *  "validator": {"blockAt": "block", "scope": "public", "failMode": "open"},
 *  "retentionDays": 365, "leadGroups": ["service-leads"], "minGroupSize": 3, "defaultLanguage": "da"}
 * </pre>
 *
 * Rule parameters sit next to {@code enabled} and {@code severity}, so a field path such as
 * {@code rules.brief-information.maxWords} names both the JSON field and the input on the page.
 */
public final class SettingsJson {
    private SettingsJson() {
    }

    public static String write(AdminSettings s) {
        JsonWriter w = new JsonWriter();
        write(w, s);
        return w.toString();
    }

    public static void write(JsonWriter w, AdminSettings s) {
        w.beginObject();
        w.name(SettingsValidation.VERSION).value(s.version());
        w.name(SettingsValidation.RULES).beginObject();
        s.rules().forEach((id, choice) -> {
            w.name(id).beginObject()
                    .name(SettingsValidation.ENABLED).value(choice.enabled())
                    .name(SettingsValidation.SEVERITY).value(choice.severity().id());
            choice.parameters().forEach((name, value) -> w.name(name).value(value));
            w.endObject();
        });
        w.endObject();
        w.name(SettingsValidation.PHRASES).beginObject();
        for (Map.Entry<String, Map<PhraseCategory, List<String>>> lang : s.extraPhrases().entrySet()) {
            w.name(lang.getKey()).beginObject();
            lang.getValue().forEach((category, phrases) -> strings(w.name(category.id()), phrases));
            w.endObject();
        }
        w.endObject();
        w.name(SettingsValidation.IGNORED_PHRASES).beginObject();
        s.ignoredPhrases().forEach((lang, phrases) -> strings(w.name(lang), phrases));
        w.endObject();
        w.name(SettingsValidation.PROJECT_SCOPE).beginObject()
                .name(SettingsValidation.ALL).value(s.projectScope().isAll());
        strings(w.name(SettingsValidation.KEYS), s.projectScope().keys());
        w.endObject();
        w.name(SettingsValidation.CHECK_INTERNAL_NOTES).value(s.checkInternalNotes());
        w.name(SettingsValidation.GATE_MODE).value(s.gateMode().id());
        w.name(SettingsValidation.VALIDATOR).beginObject();
        s.validatorDefaults().toArgs().forEach((k, v) -> w.name(k).value(v));
        w.endObject();
        w.name(SettingsValidation.RETENTION_DAYS).value(s.retentionDays());
        strings(w.name(SettingsValidation.LEAD_GROUPS), s.leadGroups());
        w.name(SettingsValidation.MIN_GROUP_SIZE_FIELD).value(s.minGroupSize());
        w.name(SettingsValidation.DEFAULT_LANGUAGE).value(s.defaultLanguage());
        w.endObject();
    }

    private static void strings(JsonWriter w, List<String> values) {
        w.beginArray();
        values.forEach(w::value);
        w.endArray();
    }
}
