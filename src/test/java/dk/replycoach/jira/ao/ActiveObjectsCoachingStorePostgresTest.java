package dk.replycoach.jira.ao;

import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.coaching.CoachingStoreContract;
import org.junit.After;
import org.junit.Before;

/**
 * The contract, through the real Active Objects ORM and its PostgreSQL provider on a real
 * PostgreSQL server, schema made by {@code migrate}. Skipped when no server is configured,
 * except in CI (see {@link PostgresDatabase}).
 */
public class ActiveObjectsCoachingStorePostgresTest extends CoachingStoreContract {
    private PostgresDatabase db;

    @Before
    public void openDatabase() {
        db = PostgresDatabase.createOrSkip();
    }

    @Override
    protected CoachingStore store() {
        return new ActiveObjectsCoachingStore(db.migrated());
    }

    @After
    public void shutDown() {
        if (db != null) {
            db.close();
        }
    }
}
