package dk.replycoach.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The store for the CLI and the sandbox. One JVM and no cluster, so it rolls figures up as events
 * arrive (one tally per project, agent and day) under one lock, and keeps no events except the
 * few the draft look-up needs. Memory grows with agents times days, not with replies, so a batch
 * over a large export stays small.
 */
public final class InMemoryCoachingStore implements CoachingStore {
    /** Issues whose draft events are kept; the least recently used issue goes first. */
    static final int MAX_DRAFT_ISSUES = 10_000;
    /** Draft events kept per agent and issue; the oldest goes first. */
    static final int MAX_DRAFT_EVENTS = 64;

    private static final Comparator<AgentDayKey> BY_AGENT_DAY =
            Comparator.comparing((AgentDayKey k) -> k.agent).thenComparing(k -> k.day);

    private final Map<TallyKey, CoachingFigures.Tally> tallies = new HashMap<>();
    private final Map<AgentIssueKey, Deque<CoachingEvent>> drafts =
            new LinkedHashMap<AgentIssueKey, Deque<CoachingEvent>>(256, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<AgentIssueKey, Deque<CoachingEvent>> eldest) {
                    return size() > MAX_DRAFT_ISSUES;
                }
            };

    @Override
    public synchronized void record(CoachingEvent event) {
        Objects.requireNonNull(event, "event");
        tallies.computeIfAbsent(new TallyKey(event.ref().projectKey(), event.agent(), event.day()),
                k -> new CoachingFigures.Tally()).add(event);
        if (isDraftEvent(event)) {
            Deque<CoachingEvent> q = drafts.computeIfAbsent(new AgentIssueKey(event.agent(), event.ref().issueKey()),
                    k -> new ArrayDeque<>());
            q.addLast(event);
            if (q.size() > MAX_DRAFT_EVENTS) {
                q.removeFirst();
            }
        }
    }

    static boolean isDraftEvent(CoachingEvent e) {
        return (e.kind() == EventKind.CHECKED || e.kind() == EventKind.SENT)
                && e.ref().draftId() != null && e.ref().issueKey() != null;
    }

    @Override
    public synchronized List<AgentDay> days(ReportScope scope) {
        Map<AgentDayKey, CoachingFigures.Tally> byAgentDay = new TreeMap<>(BY_AGENT_DAY);
        tallies.forEach((k, tally) -> {
            if (scope.range().contains(k.day)
                    && (scope.project() == null || scope.project().equals(k.project))
                    && (scope.agent() == null || scope.agent().equals(k.agent))) {
                byAgentDay.computeIfAbsent(new AgentDayKey(k.agent, k.day), x -> new CoachingFigures.Tally())
                        .add(tally.build());
            }
        });
        List<AgentDay> out = new ArrayList<>(byAgentDay.size());
        byAgentDay.forEach((k, t) -> out.add(new AgentDay(k.agent, k.day, t.build())));
        return out;
    }

    @Override
    public synchronized List<CoachingEvent> draftEvents(String agent, String issueKey, Instant since) {
        Deque<CoachingEvent> q = drafts.get(new AgentIssueKey(agent, issueKey));
        List<CoachingEvent> out = new ArrayList<>();
        if (q != null) {
            for (CoachingEvent e : q) {
                if (!e.at().isBefore(since)) {
                    out.add(e);
                }
            }
        }
        out.sort(Comparator.comparing(CoachingEvent::at));
        return out;
    }

    @Override
    public synchronized int purgeBefore(LocalDate firstDayKept) {
        long removed = 0;
        for (Iterator<Map.Entry<TallyKey, CoachingFigures.Tally>> it = tallies.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<TallyKey, CoachingFigures.Tally> e = it.next();
            if (e.getKey().day.isBefore(firstDayKept)) {
                removed += e.getValue().build().events();
                it.remove();
            }
        }
        for (Iterator<Deque<CoachingEvent>> it = drafts.values().iterator(); it.hasNext(); ) {
            Deque<CoachingEvent> q = it.next();
            q.removeIf(ev -> ev.day().isBefore(firstDayKept));
            if (q.isEmpty()) {
                it.remove();
            }
        }
        return (int) Math.min(removed, Integer.MAX_VALUE);
    }

    private static final class TallyKey {
        final String project;
        final String agent;
        final LocalDate day;

        TallyKey(String project, String agent, LocalDate day) {
            this.project = project;
            this.agent = agent;
            this.day = day;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof TallyKey)) {
                return false;
            }
            TallyKey k = (TallyKey) o;
            return Objects.equals(project, k.project) && agent.equals(k.agent) && day.equals(k.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(project, agent, day);
        }
    }

    private static final class AgentDayKey {
        final String agent;
        final LocalDate day;

        AgentDayKey(String agent, LocalDate day) {
            this.agent = agent;
            this.day = day;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AgentDayKey && agent.equals(((AgentDayKey) o).agent) && day.equals(((AgentDayKey) o).day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agent, day);
        }
    }

    private static final class AgentIssueKey {
        final String agent;
        final String issue;

        AgentIssueKey(String agent, String issue) {
            this.agent = agent;
            this.issue = issue;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AgentIssueKey && agent.equals(((AgentIssueKey) o).agent)
                    && Objects.equals(issue, ((AgentIssueKey) o).issue);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agent, issue);
        }
    }
}
