package dk.replycoach.analysis;

import dk.replycoach.analysis.lang.PhraseCategory;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the engine needs of the admin's settings: per rule on/off, severity and parameters, extra
 * phrases and phrases to ignore per language, the default language and the text cap. Immutable;
 * a change builds new settings and a new analyzer. Values are assumed valid: validation with field
 * errors happens where settings come in (the {@code config} package).
 */
public final class RuleSettings {
    /** Default cap: the first 20,000 characters are analysed. */
    public static final int DEFAULT_MAX_CHARS = 20_000;

    private final Map<String, Boolean> enabled;
    private final Map<String, Severity> severities;
    private final Map<String, Map<String, Double>> parameters;
    private final Map<String, Map<PhraseCategory, List<String>>> extraPhrases;
    private final Map<String, List<String>> ignoredPhrases;
    private final String defaultLanguage;
    private final int maxChars;

    private RuleSettings(Builder b) {
        this.enabled = Map.copyOf(b.enabled);
        this.severities = Map.copyOf(b.severities);
        Map<String, Map<String, Double>> params = new HashMap<>();
        b.parameters.forEach((k, v) -> params.put(k, Map.copyOf(v)));
        this.parameters = Collections.unmodifiableMap(params);
        Map<String, Map<PhraseCategory, List<String>>> extra = new HashMap<>();
        b.extraPhrases.forEach((lang, m) -> {
            EnumMap<PhraseCategory, List<String>> copy = new EnumMap<>(PhraseCategory.class);
            m.forEach((c, l) -> copy.put(c, List.copyOf(l)));
            extra.put(lang, Collections.unmodifiableMap(copy));
        });
        this.extraPhrases = Collections.unmodifiableMap(extra);
        Map<String, List<String>> ignored = new HashMap<>();
        b.ignoredPhrases.forEach((k, v) -> ignored.put(k, List.copyOf(v)));
        this.ignoredPhrases = Collections.unmodifiableMap(ignored);
        this.defaultLanguage = b.defaultLanguage;
        this.maxChars = b.maxChars;
    }

    public static RuleSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.enabled.putAll(enabled);
        b.severities.putAll(severities);
        parameters.forEach((k, v) -> b.parameters.put(k, new HashMap<>(v)));
        extraPhrases.forEach((lang, m) -> m.forEach((c, l) -> l.forEach(p -> b.extraPhrase(lang, c, p))));
        ignoredPhrases.forEach((lang, l) -> l.forEach(p -> b.ignorePhrase(lang, p)));
        b.defaultLanguage = defaultLanguage;
        b.maxChars = maxChars;
        return b;
    }

    public boolean isEnabled(String ruleId) {
        return enabled.getOrDefault(ruleId, true);
    }

    /** The configured severity, or the given default when the admin did not change it. */
    public Severity severity(String ruleId, Severity defaultSeverity) {
        return severities.getOrDefault(ruleId, defaultSeverity);
    }

    /** The configured value of a rule parameter, or the given default. */
    public double parameter(String ruleId, String name, double defaultValue) {
        Map<String, Double> p = parameters.get(ruleId);
        if (p == null) {
            return defaultValue;
        }
        return p.getOrDefault(name, defaultValue);
    }

    public List<String> extraPhrases(String language, PhraseCategory category) {
        Map<PhraseCategory, List<String>> m = extraPhrases.get(language);
        return m == null ? List.of() : m.getOrDefault(category, List.of());
    }

    public Map<PhraseCategory, List<String>> extraPhrases(String language) {
        return extraPhrases.getOrDefault(language, Map.of());
    }

    public List<String> ignoredPhrases(String language) {
        return ignoredPhrases.getOrDefault(language, List.of());
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    public int maxChars() {
        return maxChars;
    }

    /** Builds settings; everything not set keeps its default. */
    public static final class Builder {
        private final Map<String, Boolean> enabled = new HashMap<>();
        private final Map<String, Severity> severities = new HashMap<>();
        private final Map<String, Map<String, Double>> parameters = new HashMap<>();
        private final Map<String, Map<PhraseCategory, List<String>>> extraPhrases = new HashMap<>();
        private final Map<String, List<String>> ignoredPhrases = new HashMap<>();
        private String defaultLanguage = "da";
        private int maxChars = DEFAULT_MAX_CHARS;

        public Builder enabled(String ruleId, boolean on) {
            enabled.put(ruleId, on);
            return this;
        }

        public Builder severity(String ruleId, Severity severity) {
            severities.put(ruleId, Objects.requireNonNull(severity));
            return this;
        }

        public Builder parameter(String ruleId, String name, double value) {
            parameters.computeIfAbsent(ruleId, k -> new HashMap<>()).put(name, value);
            return this;
        }

        public Builder extraPhrase(String language, PhraseCategory category, String phrase) {
            extraPhrases.computeIfAbsent(language, k -> new EnumMap<>(PhraseCategory.class))
                    .computeIfAbsent(category, k -> new java.util.ArrayList<>()).add(phrase);
            return this;
        }

        public Builder ignorePhrase(String language, String phrase) {
            ignoredPhrases.computeIfAbsent(language, k -> new java.util.ArrayList<>()).add(phrase);
            return this;
        }

        public Builder defaultLanguage(String code) {
            this.defaultLanguage = Objects.requireNonNull(code);
            return this;
        }

        public Builder maxChars(int maxChars) {
            if (maxChars < 1) {
                throw new IllegalArgumentException("maxChars must be positive");
            }
            this.maxChars = maxChars;
            return this;
        }

        public RuleSettings build() {
            return new RuleSettings(this);
        }
    }
}
