package dk.replycoach.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where coaching events go and where report figures come from. Implementations: in memory (CLI,
 * sandbox) and Active Objects (Jira). Both pass the same contract test suite, and both count
 * events with {@link CoachingFigures.Tally}, so a report reads the same from either.
 *
 * <p>Implementations are thread-safe, and recording never loses an event to a concurrent one,
 * including events recorded at the same moment by two Jira nodes.
 */
public interface CoachingStore {
    void record(CoachingEvent event);

    /**
     * Per agent and day, the figures of the events in scope; days without events are left out.
     * Sorted by agent, then day. Events of several projects on one agent's day are added up.
     */
    List<AgentDay> days(ReportScope scope);

    /**
     * An agent's CHECKED and SENT events that carry a draft id, on one issue, at or after
     * {@code since}, oldest first: what a draft looked like when the checker ran on another node
     * or before a restart.
     */
    List<CoachingEvent> draftEvents(String agent, String issueKey, Instant since);

    /** Deletes every event of a day before {@code firstDayKept}; returns how many it deleted. */
    int purgeBefore(LocalDate firstDayKept);
}
