package dk.replycoach.config;

/** Which replies the checker looks at: the projects in scope, and whether internal notes count. */
public interface CheckScope {
    boolean covers(String projectKey);

    boolean checksInternalNotes();

    /** Every project, public replies only: the defaults. */
    static CheckScope defaults() {
        return new CheckScope() {
            @Override
            public boolean covers(String projectKey) {
                return true;
            }

            @Override
            public boolean checksInternalNotes() {
                return false;
            }
        };
    }
}
