package dk.replycoach.jira.ao;

import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.coaching.CoachingStoreContract;
import org.junit.After;

/** The contract, through the real Active Objects ORM on HSQLDB, schema made by {@code migrate}. */
public class ActiveObjectsCoachingStoreTest extends CoachingStoreContract {
    private final HsqlDatabase db = HsqlDatabase.create();

    @Override
    protected CoachingStore store() {
        return new ActiveObjectsCoachingStore(db.migrated());
    }

    @After
    public void shutDown() {
        db.close();
    }
}
