package dk.replycoach.jira.ao;

import dk.replycoach.coaching.CoachingRecorder;
import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.coaching.DraftTracker;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;

/**
 * The coaching recorder as one plugin-wide component: the shared store, the node's clock and zone
 * (which decide the day an event counts on), and this node's draft tracker, shared by the draft
 * checker and the comment listener.
 */
@Named
public class JiraCoachingRecorder extends CoachingRecorder {
    @Inject
    public JiraCoachingRecorder(CoachingStore store) {
        this(store, Clock.systemDefaultZone());
    }

    JiraCoachingRecorder(CoachingStore store, Clock clock) {
        super(store, clock, new DraftTracker(clock));
    }
}
