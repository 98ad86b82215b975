package dk.replycoach.config;

/**
 * Where the settings in force live. Implementations hand out the same instance until the settings
 * change (callers may cache what they derive from it by identity) and never fail to read: stored
 * settings that cannot be read give the defaults.
 */
public interface SettingsRepository {
    AdminSettings current();

    /**
     * Stores {@code next} as version {@code expectedVersion + 1} if the stored version is still
     * {@code expectedVersion}; otherwise stores nothing and reports the version in force.
     */
    SaveResult save(long expectedVersion, AdminSettings next);
}
