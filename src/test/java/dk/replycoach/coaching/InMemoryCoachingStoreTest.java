package dk.replycoach.coaching;

/** The contract, in memory. */
public class InMemoryCoachingStoreTest extends CoachingStoreContract {
    @Override
    protected CoachingStore store() {
        return new InMemoryCoachingStore();
    }
}
