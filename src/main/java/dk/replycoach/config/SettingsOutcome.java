package dk.replycoach.config;

import dk.replycoach.analysis.ReplyReport;

import java.util.List;

/** What a settings request came to: done (with settings or a preview report), invalid, or a conflict. */
public final class SettingsOutcome {
    /** The kinds of outcome; each maps to one HTTP status at the edge. */
    public enum Kind { OK, INVALID, CONFLICT }

    private final Kind kind;
    private final AdminSettings settings;
    private final ReplyReport report;
    private final List<FieldError> errors;
    private final long currentVersion;

    private SettingsOutcome(Kind kind, AdminSettings settings, ReplyReport report, List<FieldError> errors, long currentVersion) {
        this.kind = kind;
        this.settings = settings;
        this.report = report;
        this.errors = List.copyOf(errors);
        this.currentVersion = currentVersion;
    }

    public static SettingsOutcome saved(AdminSettings settings) {
        return new SettingsOutcome(Kind.OK, settings, null, List.of(), settings.version());
    }

    public static SettingsOutcome preview(AdminSettings settings, ReplyReport report) {
        return new SettingsOutcome(Kind.OK, settings, report, List.of(), settings.version());
    }

    public static SettingsOutcome invalid(List<FieldError> errors) {
        return new SettingsOutcome(Kind.INVALID, null, null, errors, -1);
    }

    public static SettingsOutcome conflict(long currentVersion) {
        return new SettingsOutcome(Kind.CONFLICT, null, null, List.of(), currentVersion);
    }

    public Kind kind() {
        return kind;
    }

    /** The saved settings, or the unsaved settings a preview ran with; null otherwise. */
    public AdminSettings settings() {
        return settings;
    }

    /** The preview's report; null for other outcomes. */
    public ReplyReport report() {
        return report;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** After a conflict: the version in force. */
    public long currentVersion() {
        return currentVersion;
    }

    @Override
    public String toString() {
        return kind + (kind == Kind.INVALID ? " " + errors : kind == Kind.CONFLICT ? " at version " + currentVersion : "");
    }
}
