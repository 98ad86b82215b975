package dk.replycoach.coaching;

import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.analysis.Severity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns what happens to replies into coaching events: draft checks, sent replies (with what was
 * fixed on the way), blocks, overrides and "not helpful" votes. The clock decides when an event
 * happened and on which day it counts.
 *
 * <p>Fixed-before-send joins two memories of a draft: the {@link DraftTracker} on this node and
 * the CHECKED events in the store, which every node can read. Either alone would do most of the
 * time; together they also cover a check and a send handled by different nodes.
 */
public class CoachingRecorder {
    private final CoachingStore store;
    private final Clock clock;
    private final DraftTracker drafts;

    public CoachingRecorder(CoachingStore store, Clock clock, DraftTracker drafts) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
    }

    public CoachingStore store() {
        return store;
    }

    /**
     * A draft was checked. Records a CHECKED event for the draft's first check and for every check
     * that shows a rule the draft had not shown before; other checks (most keystrokes) record
     * nothing, so the store grows with drafts, not with typing.
     */
    public Optional<CoachingEvent> checked(ReplyRef ref, ReplyReport report, String draftText) {
        if (ref.draftId() == null || ref.issueKey() == null) {
            throw new IllegalArgumentException("a draft check needs an issue and a draft id");
        }
        DraftTracker.Noted noted = drafts.note(ref.agent(), ref.issueKey(), ref.draftId(),
                CoachingEvent.strongestPerRule(report), DraftTracker.fingerprint(draftText));
        if (!noted.first() && noted.newlyShown().isEmpty()) {
            return Optional.empty();
        }
        CoachingEvent e = CoachingEvent.checked(ref, now(), noted.newlyShown());
        store.record(e);
        return Optional.of(e);
    }

    /** The final reply was sent; {@code report} is the engine's reading of its final text. */
    public CoachingEvent sent(ReplyRef ref, ReplyReport report, String finalText) {
        ZonedDateTime now = now();
        Set<String> shown = new TreeSet<>();
        String draftId = ref.draftId();
        if (ref.issueKey() != null) {
            Optional<DraftTracker.Draft> local = drafts.take(ref.agent(), ref.issueKey(), draftId,
                    DraftTracker.fingerprint(finalText));
            List<CoachingEvent> history = store.draftEvents(ref.agent(), ref.issueKey(),
                    now.toInstant().minus(drafts.ttl()));
            if (draftId == null) {
                draftId = local.map(DraftTracker.Draft::id).orElseGet(() -> latestUnsentDraft(history));
            }
            if (draftId != null) {
                String id = draftId;
                local.filter(d -> d.id().equals(id)).ifPresent(d -> shown.addAll(d.shown()));
                for (CoachingEvent e : history) {
                    if (e.kind() == EventKind.CHECKED && id.equals(e.ref().draftId())) {
                        shown.addAll(e.rules().keySet());
                    }
                }
            }
        }
        CoachingEvent e = CoachingEvent.sent(ref.withDraft(draftId), now, report, shown);
        store.record(e);
        return e;
    }

    /** The most recently checked draft that has not been sent yet, or null. */
    private static String latestUnsentDraft(List<CoachingEvent> history) {
        Set<String> sent = new HashSet<>();
        String latest = null;
        Instant latestAt = null;
        for (CoachingEvent e : history) {
            if (e.kind() == EventKind.SENT) {
                sent.add(e.ref().draftId());
            }
        }
        for (CoachingEvent e : history) {
            if (e.kind() == EventKind.CHECKED && !sent.contains(e.ref().draftId())
                    && (latestAt == null || !e.at().isBefore(latestAt))) {
                latest = e.ref().draftId();
                latestAt = e.at();
            }
        }
        return latest;
    }

    public CoachingEvent blocked(ReplyRef ref, Map<String, Severity> blocking) {
        return record(CoachingEvent.blocked(ref, now(), blocking));
    }

    public CoachingEvent overridden(ReplyRef ref, Map<String, Severity> blocking, OverrideReason reason) {
        return record(CoachingEvent.overridden(ref, now(), blocking, reason));
    }

    public CoachingEvent notHelpful(ReplyRef ref, String rule, Severity severity) {
        return record(CoachingEvent.notHelpful(ref, now(), rule, severity));
    }

    private CoachingEvent record(CoachingEvent e) {
        store.record(e);
        return e;
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }
}
