package dk.replycoach.config;

import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.analysis.lang.LanguagePacks;
import dk.replycoach.json.JsonException;
import dk.replycoach.json.JsonParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings use cases behind the REST resource: read, save with optimistic locking, import,
 * export and a preview of unsaved settings on a sample reply. Takes and gives JSON text, so the
 * resource only checks permissions and maps outcomes to HTTP. Anything invalid leaves the settings
 * in force untouched.
 */
public final class SettingsService {
    static final String PREVIEW_SETTINGS = "settings";
    static final String PREVIEW_TEXT = "text";
    static final String PREVIEW_CUSTOMER = "customer";
    static final String PREVIEW_LANGUAGE = "language";
    private static final Set<String> PREVIEW_FIELDS = Set.of(PREVIEW_SETTINGS, PREVIEW_TEXT, PREVIEW_CUSTOMER, PREVIEW_LANGUAGE);

    private final SettingsRepository repository;
    private final LanguagePacks packs;

    public SettingsService(SettingsRepository repository) {
        this(repository, LanguagePacks.bundled());
    }

    public SettingsService(SettingsRepository repository, LanguagePacks packs) {
        this.repository = repository;
        this.packs = packs;
    }

    public AdminSettings current() {
        return repository.current();
    }

    /** A save from the admin page; the document carries the version it was based on. */
    public SettingsOutcome save(String json) {
        SettingsResult read = SettingsValidation.read(json, SettingsValidation.VersionPolicy.REQUIRED);
        if (!read.isValid()) {
            return SettingsOutcome.invalid(read.errors());
        }
        return store(read.settings().version(), read.settings());
    }

    /**
     * An exported file replaces the settings. The file's own version comes from wherever it was
     * exported and is ignored; {@code expectedVersion}, when given, guards against overwriting a
     * save made since the admin looked.
     */
    public SettingsOutcome importSettings(String json, Long expectedVersion) {
        SettingsResult read = SettingsValidation.read(json, SettingsValidation.VersionPolicy.IGNORED);
        if (!read.isValid()) {
            return SettingsOutcome.invalid(read.errors());
        }
        long expected = expectedVersion != null ? expectedVersion : repository.current().version();
        return store(expected, read.settings());
    }

    public String export() {
        return SettingsJson.write(repository.current());
    }

    /**
     * Runs the engine on a sample with settings that are not saved:
     * {@code {"settings": {...}, "text": "...", "customer": "...", "language": "auto"}}.
     * Errors in the settings carry paths under {@code settings.}, like the page's fields.
     */
    public SettingsOutcome preview(String json, String uiLanguage) {
        Object tree;
        try {
            tree = JsonParser.parse(json, SettingsValidation.MAX_JSON_DEPTH + 1, SettingsValidation.MAX_JSON_VALUES + PREVIEW_FIELDS.size());
        } catch (JsonException e) {
            return SettingsOutcome.invalid(List.of(new FieldError(FieldError.DOCUMENT, FieldReader.ERROR + "json", e.getMessage())));
        }
        FieldReader reader = new FieldReader();
        Map<String, Object> root = reader.object(tree, FieldError.DOCUMENT);
        if (root == null) {
            return SettingsOutcome.invalid(reader.errors());
        }
        reader.unknownKeys(root, FieldError.DOCUMENT, PREVIEW_FIELDS);
        String text = root.containsKey(PREVIEW_TEXT) ? reader.string(root.get(PREVIEW_TEXT), PREVIEW_TEXT) : missing(reader, PREVIEW_TEXT);
        String customer = optionalString(reader, root, PREVIEW_CUSTOMER);
        String language = optionalString(reader, root, PREVIEW_LANGUAGE);
        if (language != null && !"auto".equals(language) && !packs.codes().contains(language)) {
            reader.error(PREVIEW_LANGUAGE, "unknownLanguage", String.join(", ", packs.codes()));
        }
        SettingsResult settings = root.containsKey(PREVIEW_SETTINGS)
                ? SettingsValidation.read(root.get(PREVIEW_SETTINGS), PREVIEW_SETTINGS, SettingsValidation.VersionPolicy.IGNORED)
                : null;
        if (settings == null) {
            missing(reader, PREVIEW_SETTINGS);
        }
        List<FieldError> errors = new ArrayList<>(reader.errors());
        if (settings != null) {
            errors.addAll(settings.errors());
        }
        if (!errors.isEmpty()) {
            return SettingsOutcome.invalid(errors);
        }
        ReplyAnalyzer analyzer = new ReplyAnalyzer(packs, settings.settings().toRuleSettings());
        ReplyReport report = analyzer.analyze(AnalysisRequest.of(text).withCustomerText(customer)
                .withLanguage(language).withUiLanguage(uiLanguage));
        return SettingsOutcome.preview(settings.settings(), report);
    }

    private SettingsOutcome store(long expectedVersion, AdminSettings next) {
        SaveResult result = repository.save(expectedVersion, next);
        return result.isSaved() ? SettingsOutcome.saved(result.settings()) : SettingsOutcome.conflict(result.currentVersion());
    }

    private static String missing(FieldReader reader, String field) {
        reader.error(field, "required");
        return null;
    }

    private static String optionalString(FieldReader reader, Map<String, Object> root, String field) {
        Object v = root.get(field);
        return v == null ? null : reader.string(v, field);
    }
}
