package dk.replycoach.config;

import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.LanguagePacks;
import dk.replycoach.analysis.rule.RuleCatalog;
import dk.replycoach.analysis.rule.RuleDescriptor;
import dk.replycoach.analysis.rule.RuleParameter;
import dk.replycoach.json.JsonException;
import dk.replycoach.json.JsonParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads settings JSON from untrusted hands (the admin page, an imported file, the stored value)
 * into {@link AdminSettings}, or into field errors that say what to fix where. Never throws:
 * malformed JSON, wrong types, unknown fields, absurd numbers, huge lists and deep nesting all come
 * back as errors. Fields left out keep their defaults, so a partial file imports cleanly.
 *
 * <p>The JSON form is what {@link SettingsJson} writes; see there.
 */
public final class SettingsValidation {
    /** The deepest settings JSON is 4 levels; a little room, then the parser refuses. */
    public static final int MAX_JSON_DEPTH = 8;
    /** Room for {@link #MAX_PHRASES} phrases plus every other setting. */
    public static final int MAX_JSON_VALUES = 12_000;
    /** Extra and ignored phrases of all languages together. */
    public static final int MAX_PHRASES = 5_000;
    public static final int MAX_PHRASE_CHARS = 100;
    public static final int MAX_PROJECT_KEYS = 1_000;
    public static final int MAX_PROJECT_KEY_CHARS = 255;
    public static final int MAX_LEAD_GROUPS = 200;
    public static final int MAX_GROUP_NAME_CHARS = 255;
    public static final int MIN_RETENTION_DAYS = 1;
    public static final int MAX_RETENTION_DAYS = 3_650;
    /** A "team" of one is one agent's own figures, which team views must not reveal. */
    public static final int MIN_GROUP_SIZE = 2;
    public static final int MAX_GROUP_SIZE = 1_000;
    /** Versions stay exact in JavaScript numbers. */
    public static final long MAX_VERSION = (1L << 53) - 1;
    /** Jira's default project key pattern. */
    public static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]+");

    static final String VERSION = "version";
    static final String RULES = "rules";
    static final String PHRASES = "phrases";
    static final String IGNORED_PHRASES = "ignoredPhrases";
    static final String PROJECT_SCOPE = "projectScope";
    static final String CHECK_INTERNAL_NOTES = "checkInternalNotes";
    static final String GATE_MODE = "gateMode";
    static final String VALIDATOR = "validator";
    static final String RETENTION_DAYS = "retentionDays";
    static final String LEAD_GROUPS = "leadGroups";
    static final String MIN_GROUP_SIZE_FIELD = "minGroupSize";
    static final String DEFAULT_LANGUAGE = "defaultLanguage";
    static final String ENABLED = "enabled";
    static final String SEVERITY = "severity";
    static final String ALL = "all";
    static final String KEYS = "keys";

    private static final Set<String> TOP_LEVEL = Set.of(VERSION, RULES, PHRASES, IGNORED_PHRASES, PROJECT_SCOPE,
            CHECK_INTERNAL_NOTES, GATE_MODE, VALIDATOR, RETENTION_DAYS, LEAD_GROUPS, MIN_GROUP_SIZE_FIELD, DEFAULT_LANGUAGE);

    /** Whether the document must carry the version it was based on. */
    public enum VersionPolicy {
        /** A save (the version is the optimistic lock) and the stored value. */
        REQUIRED,
        /** An import or a preview: the version in the document means nothing here. */
        IGNORED
    }

    private final FieldReader reader = new FieldReader();
    private final AdminSettings.Builder builder = AdminSettings.builder();

    private SettingsValidation() {
    }

    /** Parses with the settings limits and validates. */
    public static SettingsResult read(String json, VersionPolicy policy) {
        Object tree;
        try {
            tree = JsonParser.parse(json, MAX_JSON_DEPTH, MAX_JSON_VALUES);
        } catch (JsonException e) {
            return SettingsResult.invalid(List.of(new FieldError(FieldError.DOCUMENT, FieldReader.ERROR + "json", e.getMessage())));
        }
        return read(tree, FieldError.DOCUMENT, policy);
    }

    /** Validates an already parsed tree found at {@code path} of a larger document. */
    public static SettingsResult read(Object tree, String path, VersionPolicy policy) {
        return new SettingsValidation().readRoot(tree, path, policy);
    }

    private SettingsResult readRoot(Object tree, String path, VersionPolicy policy) {
        Map<String, Object> root = reader.object(tree, path);
        if (root != null) {
            reader.unknownKeys(root, path, TOP_LEVEL);
            readVersion(root, path, policy);
            if (root.containsKey(RULES)) {
                readRules(root.get(RULES), FieldReader.child(path, RULES));
            }
            readPhrases(root, path);
            if (root.containsKey(PROJECT_SCOPE)) {
                readProjectScope(root.get(PROJECT_SCOPE), FieldReader.child(path, PROJECT_SCOPE));
            }
            readScalars(root, path);
            if (root.containsKey(VALIDATOR)) {
                readValidator(root.get(VALIDATOR), FieldReader.child(path, VALIDATOR));
            }
            if (root.containsKey(LEAD_GROUPS)) {
                readLeadGroups(root.get(LEAD_GROUPS), FieldReader.child(path, LEAD_GROUPS));
            }
        }
        return reader.hasErrors() ? SettingsResult.invalid(reader.errors()) : SettingsResult.valid(builder.build());
    }

    private void readVersion(Map<String, Object> root, String path, VersionPolicy policy) {
        if (policy != VersionPolicy.REQUIRED) {
            return;
        }
        String field = FieldReader.child(path, VERSION);
        if (!root.containsKey(VERSION)) {
            reader.error(field, "required");
            return;
        }
        Long v = reader.integer(root.get(VERSION), field, 0, MAX_VERSION);
        if (v != null) {
            builder.version(v);
        }
    }

    private void readRules(Object value, String field) {
        Map<String, Object> rules = reader.object(value, field);
        if (rules == null) {
            return;
        }
        for (Map.Entry<String, Object> e : rules.entrySet()) {
            String ruleField = FieldReader.child(field, e.getKey());
            RuleDescriptor d = RuleCatalog.descriptor(e.getKey()).orElse(null);
            if (d == null) {
                reader.error(ruleField, "unknownRule");
                continue;
            }
            Map<String, Object> rule = reader.object(e.getValue(), ruleField);
            if (rule != null) {
                readRule(d, rule, ruleField);
            }
        }
    }

    private void readRule(RuleDescriptor d, Map<String, Object> rule, String field) {
        Set<String> known = new HashSet<>(Set.of(ENABLED, SEVERITY));
        d.parameters().forEach(p -> known.add(p.name()));
        reader.unknownKeys(rule, field, known);
        if (rule.containsKey(ENABLED)) {
            Boolean on = reader.bool(rule.get(ENABLED), FieldReader.child(field, ENABLED));
            if (on != null) {
                builder.enabled(d.id(), on);
            }
        }
        if (rule.containsKey(SEVERITY)) {
            String severityField = FieldReader.child(field, SEVERITY);
            String s = reader.string(rule.get(SEVERITY), severityField);
            Severity severity = s == null ? null : Severity.fromId(s);
            if (s != null && severity == null) {
                reader.error(severityField, "unknownSeverity");
            } else if (severity != null) {
                builder.severity(d.id(), severity);
            }
        }
        for (RuleParameter p : d.parameters()) {
            if (rule.containsKey(p.name())) {
                String paramField = FieldReader.child(field, p.name());
                Double v = reader.number(rule.get(p.name()), paramField);
                if (v != null && !p.accepts(v)) {
                    reader.error(paramField, "range", plain(p.min()), plain(p.max()));
                } else if (v != null) {
                    builder.parameter(d.id(), p.name(), v);
                }
            }
        }
    }

    private void readPhrases(Map<String, Object> root, String path) {
        PhraseValidation phrases = new PhraseValidation(reader, builder);
        if (root.containsKey(PHRASES)) {
            phrases.readExtra(root.get(PHRASES), FieldReader.child(path, PHRASES));
        }
        if (root.containsKey(IGNORED_PHRASES)) {
            phrases.readIgnored(root.get(IGNORED_PHRASES), FieldReader.child(path, IGNORED_PHRASES));
        }
        if (phrases.count() > MAX_PHRASES) {
            reader.error(FieldReader.child(path, PHRASES), "phrases.tooMany", phrases.count(), MAX_PHRASES);
        }
    }

    private void readProjectScope(Object value, String field) {
        Map<String, Object> scope = reader.object(value, field);
        if (scope == null) {
            return;
        }
        reader.unknownKeys(scope, field, Set.of(ALL, KEYS));
        boolean all = true;
        if (scope.containsKey(ALL)) {
            Boolean b = reader.bool(scope.get(ALL), FieldReader.child(field, ALL));
            all = b == null || b;
        }
        String keysField = FieldReader.child(field, KEYS);
        int errorsBefore = reader.errorCount();
        List<String> keys = new ArrayList<>();
        if (scope.containsKey(KEYS)) {
            List<Object> list = reader.list(scope.get(KEYS), keysField, MAX_PROJECT_KEYS);
            for (int i = 0; list != null && i < list.size(); i++) {
                String keyField = FieldReader.index(keysField, i);
                String key = reader.string(list.get(i), keyField);
                if (key == null) {
                    continue;
                }
                if (key.length() > MAX_PROJECT_KEY_CHARS || !PROJECT_KEY.matcher(key).matches()) {
                    reader.error(keyField, "projectKey", shorten(key));
                } else {
                    keys.add(key);
                }
            }
        }
        if (!all && keys.isEmpty() && reader.errorCount() == errorsBefore) {
            reader.error(keysField, "projects.empty");
        }
        builder.projectScope(all ? ProjectScope.all(keys) : ProjectScope.only(keys));
    }

    private void readScalars(Map<String, Object> root, String path) {
        if (root.containsKey(CHECK_INTERNAL_NOTES)) {
            Boolean b = reader.bool(root.get(CHECK_INTERNAL_NOTES), FieldReader.child(path, CHECK_INTERNAL_NOTES));
            if (b != null) {
                builder.checkInternalNotes(b);
            }
        }
        if (root.containsKey(GATE_MODE)) {
            String field = FieldReader.child(path, GATE_MODE);
            String s = reader.string(root.get(GATE_MODE), field);
            GateMode mode = s == null ? null : GateMode.fromId(s.trim().toLowerCase(Locale.ROOT));
            if (s != null && mode == null) {
                reader.error(field, "gateMode");
            } else if (mode != null) {
                builder.gateMode(mode);
            }
        }
        if (root.containsKey(RETENTION_DAYS)) {
            Long days = reader.integer(root.get(RETENTION_DAYS), FieldReader.child(path, RETENTION_DAYS),
                    MIN_RETENTION_DAYS, MAX_RETENTION_DAYS);
            if (days != null) {
                builder.retentionDays(days.intValue());
            }
        }
        if (root.containsKey(MIN_GROUP_SIZE_FIELD)) {
            Long size = reader.integer(root.get(MIN_GROUP_SIZE_FIELD), FieldReader.child(path, MIN_GROUP_SIZE_FIELD),
                    MIN_GROUP_SIZE, MAX_GROUP_SIZE);
            if (size != null) {
                builder.minGroupSize(size.intValue());
            }
        }
        if (root.containsKey(DEFAULT_LANGUAGE)) {
            String field = FieldReader.child(path, DEFAULT_LANGUAGE);
            String code = reader.string(root.get(DEFAULT_LANGUAGE), field);
            List<String> known = LanguagePacks.bundled().codes();
            if (code != null && !known.contains(code)) {
                reader.error(field, "unknownLanguage", String.join(", ", known));
            } else if (code != null) {
                builder.defaultLanguage(code);
            }
        }
    }

    private void readValidator(Object value, String field) {
        Map<String, Object> v = reader.object(value, field);
        if (v == null) {
            return;
        }
        List<String> names = List.of(ValidatorSettings.BLOCK_AT, ValidatorSettings.SCOPE, ValidatorSettings.FAIL_MODE);
        reader.unknownKeys(v, field, Set.copyOf(names));
        Map<String, String> args = new HashMap<>();
        for (String name : names) {
            if (!v.containsKey(name)) {
                continue;
            }
            String nameField = FieldReader.child(field, name);
            String s = reader.string(v.get(name), nameField);
            if (s == null) {
                continue;
            }
            String normalised = s.trim().toLowerCase(Locale.ROOT);
            if (ValidatorSettings.isValid(name, normalised)) {
                args.put(name, normalised);
            } else {
                reader.error(nameField, "validator." + name);
            }
        }
        builder.validatorDefaults(ValidatorSettings.fromArgs(args));
    }

    private void readLeadGroups(Object value, String field) {
        List<Object> list = reader.list(value, field, MAX_LEAD_GROUPS);
        if (list == null) {
            return;
        }
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String groupField = FieldReader.index(field, i);
            String name = reader.string(list.get(i), groupField);
            if (name == null) {
                continue;
            }
            String group = name.strip();
            if (group.isEmpty() || group.length() > MAX_GROUP_NAME_CHARS || !FieldReader.storable(group)) {
                reader.error(groupField, "group", MAX_GROUP_NAME_CHARS);
            } else {
                groups.add(group);
            }
        }
        builder.leadGroups(groups);
    }

    /** 120.0 as "120", 0.5 as "0.5": how an admin writes a threshold. */
    static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
