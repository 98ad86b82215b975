package dk.replycoach.config;

import java.util.List;

/** Settings read from JSON: either valid settings, or the field errors that stopped them. */
public final class SettingsResult {
    private final AdminSettings settings;
    private final List<FieldError> errors;

    private SettingsResult(AdminSettings settings, List<FieldError> errors) {
        this.settings = settings;
        this.errors = List.copyOf(errors);
    }

    public static SettingsResult valid(AdminSettings settings) {
        return new SettingsResult(settings, List.of());
    }

    public static SettingsResult invalid(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("invalid settings need at least one error");
        }
        return new SettingsResult(null, errors);
    }

    public boolean isValid() {
        return settings != null;
    }

    /** @throws IllegalStateException when the settings were invalid */
    public AdminSettings settings() {
        if (settings == null) {
            throw new IllegalStateException("invalid settings: " + errors);
        }
        return settings;
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String toString() {
        return isValid() ? "valid " + settings : "invalid " + errors;
    }
}
