package dk.replycoach.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dk.replycoach.coaching.AgentDay;
import dk.replycoach.coaching.CoachingEvent;
import dk.replycoach.coaching.CoachingFigures;
import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.coaching.EventKind;
import dk.replycoach.coaching.ReportScope;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Coaching events in Active Objects, shared by every node of a Jira Data Center cluster.
 *
 * <h2>Why one row per event, never updated</h2>
 * The comment listener runs on whichever node created the comment, so two nodes regularly record
 * for the same agent and day at the same moment. Roll-up rows (one per agent and day, incremented
 * in place) would need a read-increment-write on a shared row: Active Objects offers neither an
 * atomic {@code UPDATE ... SET N = N + 1} nor a version check on {@code save()}, so two nodes
 * would silently lose increments; a unique key with retry only protects the first INSERT of a
 * day's row, not the increments after it. Here every event is its own INSERT: concurrent inserts
 * never conflict, nothing needs a lock or a retry, and nothing can be lost. Figures are added up
 * when read, by the same {@link CoachingFigures.Tally} the in-memory store uses.
 *
 * <h2>What reading costs, and its bounds</h2>
 * A read covers at most {@value #MAX_RANGE_DAYS} days, goes through the (agent, day) or
 * (project, day) index, selects only the columns it uses and streams the rows, so memory holds one
 * tally per agent and day, not the rows; except on PostgreSQL, whose driver reads a whole result
 * before handing over its first row (see docs/coaching.md). A team of 50 agents sending 60 replies
 * a day writes about 1.1 million rows a year; a year-long team report reads them once. The
 * retention purge keeps the table from growing beyond the retention period.
 */
@Named
public final class ActiveObjectsCoachingStore implements CoachingStore {
    /** Longest range one read may cover: a year and some. */
    public static final int MAX_RANGE_DAYS = 400;

    private static final Logger LOG = LoggerFactory.getLogger(ActiveObjectsCoachingStore.class);

    private final ActiveObjects ao;

    @Inject
    public ActiveObjectsCoachingStore(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void record(CoachingEvent event) {
        ao.create(CoachingEventEntity.class, EventRows.columns(event));
    }

    @Override
    public List<AgentDay> days(ReportScope scope) {
        if (scope.range().days() > MAX_RANGE_DAYS) {
            throw new IllegalArgumentException("a report covers at most " + MAX_RANGE_DAYS + " days, not "
                    + scope.range().days());
        }
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (scope.agent() != null) {
            where.append(CoachingEventEntity.AGENT_KEY).append(" = ? AND ");
            params.add(scope.agent());
        }
        if (scope.project() != null) {
            where.append(CoachingEventEntity.PROJECT_KEY).append(" = ? AND ");
            params.add(scope.project());
        }
        where.append(CoachingEventEntity.EVENT_DAY).append(" >= ? AND ").append(CoachingEventEntity.EVENT_DAY).append(" <= ?");
        params.add(EventRows.day(scope.range().first()));
        params.add(EventRows.day(scope.range().last()));

        Map<String, Map<LocalDate, CoachingFigures.Tally>> tallies = new TreeMap<>();
        int[] skipped = {0};
        ao.stream(CoachingEventEntity.class,
                Query.select(EventRows.ALL_COLUMNS).where(where.toString(), params.toArray()),
                (CoachingEventEntity row) -> {
                    CoachingEvent e = readable(row, skipped);
                    if (e != null) {
                        tallies.computeIfAbsent(e.agent(), a -> new TreeMap<>())
                                .computeIfAbsent(e.day(), d -> new CoachingFigures.Tally()).add(e);
                    }
                });
        if (skipped[0] > 0) {
            LOG.warn("Reply Coach: skipped {} unreadable coaching event rows in {}", skipped[0], scope);
        }
        List<AgentDay> out = new ArrayList<>();
        tallies.forEach((agent, perDay) -> perDay.forEach((day, t) -> out.add(new AgentDay(agent, day, t.build()))));
        return out;
    }

    @Override
    public List<CoachingEvent> draftEvents(String agent, String issueKey, Instant since) {
        // The day bound lets the (agent, day) index do the work; it starts a day early because
        // the day was fixed in the recording node's zone, which need not be UTC.
        LocalDate firstDay = since.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
        List<CoachingEvent> out = new ArrayList<>();
        int[] skipped = {0};
        ao.stream(CoachingEventEntity.class,
                Query.select(EventRows.ALL_COLUMNS).where(CoachingEventEntity.AGENT_KEY + " = ? AND "
                                + CoachingEventEntity.EVENT_DAY + " >= ? AND " + CoachingEventEntity.ISSUE_KEY + " = ? AND "
                                + CoachingEventEntity.EVENT_TIME + " >= ? AND " + CoachingEventEntity.DRAFT_ID + " IS NOT NULL AND "
                                + CoachingEventEntity.KIND + " IN (?, ?)",
                        agent, EventRows.day(firstDay), issueKey, since.toEpochMilli(),
                        EventKind.CHECKED.id(), EventKind.SENT.id()),
                (CoachingEventEntity row) -> {
                    CoachingEvent e = readable(row, skipped);
                    if (e != null) {
                        out.add(e);
                    }
                });
        out.sort(Comparator.comparing(CoachingEvent::at));
        return out;
    }

    @Override
    public int purgeBefore(LocalDate firstDayKept) {
        return ao.deleteWithSQL(CoachingEventEntity.class, CoachingEventEntity.EVENT_DAY + " < ?",
                EventRows.day(firstDayKept));
    }

    /**
     * The event of a row, or null for a row no version of this plugin could have written (edited
     * by hand, say): one such row must not take a lead's whole report down.
     */
    private static CoachingEvent readable(CoachingEventEntity row, int[] skipped) {
        try {
            return EventRows.event(row);
        } catch (IllegalArgumentException e) {
            skipped[0]++;
            LOG.debug("Reply Coach: unreadable coaching event row {}: {}", row.getID(), e.getMessage());
            return null;
        }
    }
}
