package dk.replycoach.config;

/** A settings repository in memory with the same optimistic locking contract as the real store. */
public final class InMemorySettings implements SettingsRepository {
    private AdminSettings current = AdminSettings.defaults();

    @Override
    public synchronized AdminSettings current() {
        return current;
    }

    @Override
    public synchronized SaveResult save(long expectedVersion, AdminSettings next) {
        if (current.version() != expectedVersion) {
            return SaveResult.conflict(current.version());
        }
        current = next.withVersion(expectedVersion + 1);
        return SaveResult.saved(current);
    }
}
