package dk.replycoach.jira.ao;

/**
 * Two nodes on one PostgreSQL database, through the ORM's PostgreSQL provider. Skipped when no
 * server is configured, except in CI (see {@link PostgresDatabase}).
 */
public class TwoNodeRecordingPostgresTest extends TwoNodeRecordingContract {
    @Override
    protected AoDatabase openDatabase() {
        return PostgresDatabase.createOrSkip();
    }
}
