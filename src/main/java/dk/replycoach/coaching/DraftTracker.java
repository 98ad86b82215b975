package dk.replycoach.coaching;

import dk.replycoach.analysis.Severity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the checker has shown an agent while they write, per agent, issue and draft, so that the
 * reply, once sent, can say which findings the agent fixed. Held in memory on the node that ran
 * the checks, for a limited time ({@link #DEFAULT_TTL}) and a limited number of issues and drafts;
 * the least recently checked go first. Losing an entry (time, bound, restart, another node) costs
 * only precision: {@link CoachingRecorder} falls back to the CHECKED events in the store.
 *
 * <p>Holds no text: a draft is remembered by the rule ids it showed and a 64-bit fingerprint of
 * its last checked text, used to tell which of two open drafts on one issue was sent.
 */
public final class DraftTracker {
    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    public static final int DEFAULT_MAX_ISSUES = 10_000;
    /** Open drafts per agent and issue (tabs, dialogs); beyond that the oldest is forgotten. */
    static final int MAX_DRAFTS_PER_ISSUE = 8;

    private final Clock clock;
    private final Duration ttl;
    private final Map<IssueKey, Map<String, Draft>> byIssue;

    public DraftTracker(Clock clock) {
        this(clock, DEFAULT_TTL, DEFAULT_MAX_ISSUES);
    }

    public DraftTracker(Clock clock, Duration ttl, int maxIssues) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero() || maxIssues < 1) {
            throw new IllegalArgumentException("drafts need a positive time limit and room for at least one issue");
        }
        this.byIssue = new LinkedHashMap<IssueKey, Map<String, Draft>>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<IssueKey, Map<String, Draft>> eldest) {
                return size() > maxIssues;
            }
        };
    }

    public Duration ttl() {
        return ttl;
    }

    /**
     * Notes a check of a draft. Returns whether it was the draft's first check (within the time
     * limit) and which of the shown rules the draft had not shown before.
     */
    public synchronized Noted note(String agent, String issueKey, String draftId, Map<String, Severity> shown,
                                   long textFingerprint) {
        Objects.requireNonNull(draftId, "draftId");
        Instant now = clock.instant();
        expire(now);
        Map<String, Draft> drafts = byIssue.computeIfAbsent(new IssueKey(agent, issueKey), k -> new LinkedHashMap<>());
        Draft d = drafts.get(draftId);
        boolean first = d == null || d.expired(now, ttl);
        if (first) {
            d = new Draft(draftId);
            drafts.remove(draftId);
            drafts.put(draftId, d);
            if (drafts.size() > MAX_DRAFTS_PER_ISSUE) {
                Iterator<String> oldest = drafts.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
        }
        Map<String, Severity> fresh = new TreeMap<>();
        for (Map.Entry<String, Severity> e : shown.entrySet()) {
            if (d.shown.size() < CoachingEvent.MAX_RULES && d.shown.add(e.getKey())) {
                fresh.put(e.getKey(), e.getValue());
            }
        }
        d.lastChecked = now;
        d.fingerprint = textFingerprint;
        return new Noted(first, fresh);
    }

    /**
     * Forgets and returns the draft a sent reply came from: the draft with the given id if there is
     * one; else the draft whose last check saw exactly the sent text; else the agent's most recently
     * checked draft on the issue. Empty when the agent has no draft on the issue within the limit.
     */
    public synchronized Optional<Draft> take(String agent, String issueKey, String draftId, long textFingerprint) {
        Instant now = clock.instant();
        expire(now);
        IssueKey key = new IssueKey(agent, issueKey);
        Map<String, Draft> drafts = byIssue.get(key);
        if (drafts == null) {
            return Optional.empty();
        }
        drafts.values().removeIf(d -> d.expired(now, ttl));
        Draft chosen = draftId != null ? drafts.get(draftId) : pick(drafts, textFingerprint);
        if (chosen != null) {
            drafts.remove(chosen.id);
        }
        if (drafts.isEmpty()) {
            byIssue.remove(key);
        }
        return Optional.ofNullable(chosen);
    }

    private static Draft pick(Map<String, Draft> drafts, long fingerprint) {
        Draft latest = null;
        Draft sameText = null;
        for (Draft d : drafts.values()) {
            if (latest == null || !d.lastChecked.isBefore(latest.lastChecked)) {
                latest = d;
            }
            if (d.fingerprint == fingerprint && (sameText == null || !d.lastChecked.isBefore(sameText.lastChecked))) {
                sameText = d;
            }
        }
        return sameText != null ? sameText : latest;
    }

    /** Drops issues, least recently used first, until one has a draft still within the limit. */
    private void expire(Instant now) {
        Iterator<Map<String, Draft>> it = byIssue.values().iterator();
        while (it.hasNext()) {
            Map<String, Draft> drafts = it.next();
            drafts.values().removeIf(d -> d.expired(now, ttl));
            if (!drafts.isEmpty()) {
                return;
            }
            it.remove();
        }
    }

    /** Drafts currently remembered. */
    public synchronized int size() {
        return byIssue.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * A fingerprint of a text that survives what happens between the editor and the stored comment:
     * line-ending changes and surrounding or repeated white space do not change it.
     */
    public static long fingerprint(String text) {
        long h = 0xcbf29ce484222325L;
        boolean space = false;
        boolean started = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = started;
                continue;
            }
            if (space) {
                h = (h ^ ' ') * 0x100000001b3L;
                space = false;
            }
            started = true;
            h = (h ^ c) * 0x100000001b3L;
        }
        return h;
    }

    /** What one check added to a draft. */
    public static final class Noted {
        private final boolean first;
        private final Map<String, Severity> newlyShown;

        Noted(boolean first, Map<String, Severity> newlyShown) {
            this.first = first;
            this.newlyShown = Collections.unmodifiableMap(newlyShown);
        }

        public boolean first() {
            return first;
        }

        public Map<String, Severity> newlyShown() {
            return newlyShown;
        }
    }

    /** One remembered draft. */
    public static final class Draft {
        private final String id;
        private final Set<String> shown = new LinkedHashSet<>();
        private Instant lastChecked;
        private long fingerprint;

        private Draft(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** Every rule the checker showed for this draft. */
        public Set<String> shown() {
            return Collections.unmodifiableSet(shown);
        }

        public Instant lastChecked() {
            return lastChecked;
        }

        boolean expired(Instant now, Duration ttl) {
            return lastChecked != null && lastChecked.plus(ttl).isBefore(now);
        }
    }

    private static final class IssueKey {
        final String agent;
        final String issue;

        IssueKey(String agent, String issue) {
            this.agent = Objects.requireNonNull(agent, "agent");
            this.issue = Objects.requireNonNull(issue, "issue");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IssueKey && agent.equals(((IssueKey) o).agent) && issue.equals(((IssueKey) o).issue);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agent, issue);
        }
    }
}
