package dk.replycoach.config;

/**
 * The outcome of an optimistic save: the settings as stored (with their new version), or a
 * conflict because someone saved since the caller read them, with the version now in force.
 */
public final class SaveResult {
    private final AdminSettings saved;
    private final long currentVersion;

    private SaveResult(AdminSettings saved, long currentVersion) {
        this.saved = saved;
        this.currentVersion = currentVersion;
    }

    public static SaveResult saved(AdminSettings settings) {
        return new SaveResult(settings, settings.version());
    }

    public static SaveResult conflict(long currentVersion) {
        return new SaveResult(null, currentVersion);
    }

    public boolean isSaved() {
        return saved != null;
    }

    /** @throws IllegalStateException after a conflict */
    public AdminSettings settings() {
        if (saved == null) {
            throw new IllegalStateException("conflict: current version is " + currentVersion);
        }
        return saved;
    }

    /** The version in force after the call: the new one, or the one that caused the conflict. */
    public long currentVersion() {
        return currentVersion;
    }

    @Override
    public String toString() {
        return isSaved() ? "saved version " + currentVersion : "conflict with version " + currentVersion;
    }
}
