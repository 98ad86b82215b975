package dk.replycoach.jira.ao;

/** Two nodes on one in-process HSQLDB database (a {@code mem:} database is shared by name). */
public class TwoNodeRecordingHsqlTest extends TwoNodeRecordingContract {
    @Override
    protected AoDatabase openDatabase() {
        return HsqlDatabase.create();
    }
}
