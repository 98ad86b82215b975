package dk.replycoach.config;

import dk.replycoach.analysis.RuleSettings;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.LanguagePacks;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.rule.Rule;
import dk.replycoach.analysis.rule.RuleCatalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything an admin sets on the Reply Coach settings page, as one immutable value: per rule on/off,
 * severity and parameters; extra phrases per language and category and phrases to ignore; which
 * projects are checked; whether internal notes are checked; the send gate; defaults for new workflow
 * validators; how long coaching data is kept; who the team leads are; below how many agents team
 * figures stay hidden; the default language. {@link #version()} counts saves, for optimistic locking.
 *
 * <p>Instances are normalised (every catalog rule present, empty phrase lists dropped, duplicates
 * removed), so two settings that behave the same are equal. Values are not range-checked here:
 * settings from outside come through {@link SettingsValidation}.
 */
public final class AdminSettings {
    public static final int DEFAULT_RETENTION_DAYS = 365;
    public static final int DEFAULT_MIN_GROUP_SIZE = 3;

    private final long version;
    private final Map<String, RuleChoice> rules;
    private final Map<String, Map<PhraseCategory, List<String>>> extraPhrases;
    private final Map<String, List<String>> ignoredPhrases;
    private final ProjectScope projectScope;
    private final boolean checkInternalNotes;
    private final GateMode gateMode;
    private final ValidatorSettings validatorDefaults;
    private final int retentionDays;
    private final List<String> leadGroups;
    private final int minGroupSize;
    private final String defaultLanguage;

    private AdminSettings(Builder b) {
        this.version = b.version;
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(b.rules));
        Map<String, Map<PhraseCategory, List<String>>> extra = new TreeMap<>();
        b.extraPhrases.forEach((lang, byCategory) -> {
            EnumMap<PhraseCategory, List<String>> copy = new EnumMap<>(PhraseCategory.class);
            byCategory.forEach((c, phrases) -> {
                if (!phrases.isEmpty()) {
                    copy.put(c, List.copyOf(phrases));
                }
            });
            if (!copy.isEmpty()) {
                extra.put(lang, Collections.unmodifiableMap(copy));
            }
        });
        this.extraPhrases = Collections.unmodifiableMap(extra);
        Map<String, List<String>> ignored = new TreeMap<>();
        b.ignoredPhrases.forEach((lang, phrases) -> {
            if (!phrases.isEmpty()) {
                ignored.put(lang, List.copyOf(phrases));
            }
        });
        this.ignoredPhrases = Collections.unmodifiableMap(ignored);
        this.projectScope = b.projectScope;
        this.checkInternalNotes = b.checkInternalNotes;
        this.gateMode = b.gateMode;
        this.validatorDefaults = b.validatorDefaults;
        this.retentionDays = b.retentionDays;
        this.leadGroups = List.copyOf(b.leadGroups);
        this.minGroupSize = b.minGroupSize;
        this.defaultLanguage = b.defaultLanguage;
    }

    /** The settings of a fresh installation, version 0. */
    public static AdminSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.version = version;
        b.rules.putAll(rules);
        extraPhrases.forEach((lang, m) -> m.forEach((c, l) -> l.forEach(p -> b.extraPhrase(lang, c, p))));
        ignoredPhrases.forEach((lang, l) -> l.forEach(p -> b.ignorePhrase(lang, p)));
        b.projectScope = projectScope;
        b.checkInternalNotes = checkInternalNotes;
        b.gateMode = gateMode;
        b.validatorDefaults = validatorDefaults;
        b.retentionDays = retentionDays;
        b.leadGroups.addAll(leadGroups);
        b.minGroupSize = minGroupSize;
        b.defaultLanguage = defaultLanguage;
        return b;
    }

    public AdminSettings withVersion(long newVersion) {
        return toBuilder().version(newVersion).build();
    }

    /** What the analysis engine needs of these settings. */
    public RuleSettings toRuleSettings() {
        RuleSettings.Builder b = RuleSettings.builder();
        rules.forEach((id, choice) -> {
            b.enabled(id, choice.enabled()).severity(id, choice.severity());
            choice.parameters().forEach((name, value) -> b.parameter(id, name, value));
        });
        extraPhrases.forEach((lang, m) -> m.forEach((c, l) -> l.forEach(p -> b.extraPhrase(lang, c, p))));
        ignoredPhrases.forEach((lang, l) -> l.forEach(p -> b.ignorePhrase(lang, p)));
        return b.defaultLanguage(defaultLanguage).build();
    }

    public long version() {
        return version;
    }

    /** Every rule of the catalog, in catalog order. */
    public Map<String, RuleChoice> rules() {
        return rules;
    }

    public RuleChoice rule(String id) {
        return rules.get(id);
    }

    /** Extra phrases by language and category; only non-empty lists. */
    public Map<String, Map<PhraseCategory, List<String>>> extraPhrases() {
        return extraPhrases;
    }

    public List<String> extraPhrases(String language, PhraseCategory category) {
        return extraPhrases.getOrDefault(language, Map.of()).getOrDefault(category, List.of());
    }

    /** Phrases to ignore by language; only non-empty lists. */
    public Map<String, List<String>> ignoredPhrases() {
        return ignoredPhrases;
    }

    public List<String> ignoredPhrases(String language) {
        return ignoredPhrases.getOrDefault(language, List.of());
    }

    /** Extra and ignored phrases of all languages together; capped by validation. */
    public int phraseCount() {
        int n = 0;
        for (Map<PhraseCategory, List<String>> m : extraPhrases.values()) {
            for (List<String> l : m.values()) {
                n += l.size();
            }
        }
        for (List<String> l : ignoredPhrases.values()) {
            n += l.size();
        }
        return n;
    }

    public ProjectScope projectScope() {
        return projectScope;
    }

    /** Internal notes never reach the customer, so by default they are left alone. */
    public boolean checkInternalNotes() {
        return checkInternalNotes;
    }

    public GateMode gateMode() {
        return gateMode;
    }

    /** What a newly added workflow validator starts with. */
    public ValidatorSettings validatorDefaults() {
        return validatorDefaults;
    }

    /** Days coaching events are kept before the purge job deletes them. */
    public int retentionDays() {
        return retentionDays;
    }

    /** Members of these groups see team reports. */
    public List<String> leadGroups() {
        return leadGroups;
    }

    /** Team figures over fewer agents than this are hidden, so no one agent can be singled out. */
    public int minGroupSize() {
        return minGroupSize;
    }

    /**
     * The language of texts when a user's own locale is not one Reply Coach speaks, and of replies
     * the language guess cannot place.
     */
    public String defaultLanguage() {
        return defaultLanguage;
    }

    /**
     * The language to show texts in for a user whose locale has {@code localeLanguage}: theirs when
     * Reply Coach speaks it, otherwise the default language.
     */
    public String uiLanguageFor(String localeLanguage) {
        return localeLanguage != null && LanguagePacks.bundled().codes().contains(localeLanguage) ? localeLanguage : defaultLanguage;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AdminSettings)) {
            return false;
        }
        AdminSettings other = (AdminSettings) o;
        return version == other.version && rules.equals(other.rules) && extraPhrases.equals(other.extraPhrases)
                && ignoredPhrases.equals(other.ignoredPhrases) && projectScope.equals(other.projectScope)
                && checkInternalNotes == other.checkInternalNotes && gateMode == other.gateMode
                && validatorDefaults.equals(other.validatorDefaults) && retentionDays == other.retentionDays
                && leadGroups.equals(other.leadGroups) && minGroupSize == other.minGroupSize
                && defaultLanguage.equals(other.defaultLanguage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, rules, extraPhrases, ignoredPhrases, projectScope, checkInternalNotes, gateMode,
                validatorDefaults, retentionDays, leadGroups, minGroupSize, defaultLanguage);
    }

    @Override
    public String toString() {
        return "AdminSettings{version=" + version + ", " + phraseCount() + " phrases, scope=" + projectScope
                + ", gate=" + gateMode.id() + "}";
    }

    /** Builds settings; everything not set keeps its default. */
    public static final class Builder {
        private long version;
        private final Map<String, RuleChoice> rules = new LinkedHashMap<>();
        private final Map<String, Map<PhraseCategory, LinkedHashSet<String>>> extraPhrases = new TreeMap<>();
        private final Map<String, LinkedHashSet<String>> ignoredPhrases = new TreeMap<>();
        private ProjectScope projectScope = ProjectScope.all();
        private boolean checkInternalNotes;
        private GateMode gateMode = GateMode.SOFT;
        private ValidatorSettings validatorDefaults = ValidatorSettings.defaults();
        private int retentionDays = DEFAULT_RETENTION_DAYS;
        private final LinkedHashSet<String> leadGroups = new LinkedHashSet<>();
        private int minGroupSize = DEFAULT_MIN_GROUP_SIZE;
        private String defaultLanguage = RuleSettings.defaults().defaultLanguage();

        private Builder() {
            for (Rule r : RuleCatalog.rules()) {
                rules.put(r.id(), RuleChoice.defaults(r.descriptor()));
            }
        }

        public Builder version(long v) {
            this.version = v;
            return this;
        }

        /** @throws IllegalArgumentException for a rule id the catalog does not know */
        public Builder rule(String id, RuleChoice choice) {
            if (!rules.containsKey(id)) {
                throw new IllegalArgumentException("unknown rule " + id);
            }
            rules.put(id, Objects.requireNonNull(choice));
            return this;
        }

        public Builder enabled(String id, boolean on) {
            return rule(id, current(id).withEnabled(on));
        }

        public Builder severity(String id, Severity severity) {
            return rule(id, current(id).withSeverity(severity));
        }

        public Builder parameter(String id, String name, double value) {
            return rule(id, current(id).withParameter(name, value));
        }

        private RuleChoice current(String id) {
            RuleChoice c = rules.get(id);
            if (c == null) {
                throw new IllegalArgumentException("unknown rule " + id);
            }
            return c;
        }

        public Builder extraPhrase(String language, PhraseCategory category, String phrase) {
            extraPhrases.computeIfAbsent(language, k -> new EnumMap<>(PhraseCategory.class))
                    .computeIfAbsent(category, k -> new LinkedHashSet<>()).add(Objects.requireNonNull(phrase));
            return this;
        }

        public Builder ignorePhrase(String language, String phrase) {
            ignoredPhrases.computeIfAbsent(language, k -> new LinkedHashSet<>()).add(Objects.requireNonNull(phrase));
            return this;
        }

        public Builder projectScope(ProjectScope scope) {
            this.projectScope = Objects.requireNonNull(scope);
            return this;
        }

        public Builder checkInternalNotes(boolean on) {
            this.checkInternalNotes = on;
            return this;
        }

        public Builder gateMode(GateMode mode) {
            this.gateMode = Objects.requireNonNull(mode);
            return this;
        }

        public Builder validatorDefaults(ValidatorSettings v) {
            this.validatorDefaults = Objects.requireNonNull(v);
            return this;
        }

        public Builder retentionDays(int days) {
            this.retentionDays = days;
            return this;
        }

        public Builder leadGroup(String group) {
            leadGroups.add(Objects.requireNonNull(group));
            return this;
        }

        public Builder leadGroups(List<String> groups) {
            leadGroups.clear();
            groups.forEach(this::leadGroup);
            return this;
        }

        public Builder minGroupSize(int size) {
            this.minGroupSize = size;
            return this;
        }

        public Builder defaultLanguage(String code) {
            this.defaultLanguage = Objects.requireNonNull(code);
            return this;
        }

        public AdminSettings build() {
            return new AdminSettings(this);
        }
    }
}
