package dk.replycoach.jira.listener;

import dk.replycoach.jira.LogSafe;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.coaching.CoachingRecorder;
import dk.replycoach.coaching.ReplyRef;
import dk.replycoach.config.AnalyzerSource;
import dk.replycoach.config.CheckScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Records every reply an agent sends to a customer as a SENT coaching event: the final text is
 * analysed with the settings in force and joined with what the checker showed while drafting.
 *
 * <p>A comment arrives on an {@link IssueEvent} whatever screen it was typed on: "add comment"
 * gives {@code ISSUE_COMMENTED}, a transition screen gives the transition's event type (resolved,
 * closed, generic), an edit screen {@code ISSUE_UPDATED}. So the test is "the event carries a
 * comment", not the type; only comment edits and deletions are left out, as they are not new
 * replies. Jira publishes the event on the node that created the comment, once, so each reply is
 * recorded once; a small memory of recent comment ids guards against a second event for the
 * same comment.
 *
 * <p>Coaching must never get in the way of the reply itself: every failure (analysis, property
 * look-up, database) is logged and swallowed.
 */
@Named
@ExportAsService(LifecycleAware.class)
public final class ReplyCommentListener implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyCommentListener.class);
    private static final int RECENT_COMMENTS = 1_000;

    private final EventPublisher events;
    private final CommentAudience visibility;
    private final AnalyzerSource analyzers;
    private final CoachingRecorder recorder;
    private final CheckScope scope;
    private final Map<Long, Boolean> recent = new LinkedHashMap<Long, Boolean>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > RECENT_COMMENTS;
        }
    };

    @Inject
    public ReplyCommentListener(@ComponentImport EventPublisher events,
                                @ComponentImport JsonEntityPropertyManager properties,
                                AnalyzerSource analyzers, CoachingRecorder recorder, CheckScope scope) {
        this.events = Objects.requireNonNull(events, "events");
        this.visibility = new CommentAudience(properties);
        this.analyzers = Objects.requireNonNull(analyzers, "analyzers");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /** All projects; {@code countInternalNotes}: also record internal notes (off by default: they are not replies). */
    ReplyCommentListener(EventPublisher events, JsonEntityPropertyManager properties, AnalyzerSource analyzers,
                         CoachingRecorder recorder, boolean countInternalNotes) {
        this.events = Objects.requireNonNull(events, "events");
        this.visibility = new CommentAudience(properties);
        this.analyzers = Objects.requireNonNull(analyzers, "analyzers");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.scope = new CheckScope() {
            @Override
            public boolean covers(String projectKey) {
                return true;
            }

            @Override
            public boolean checksInternalNotes() {
                return countInternalNotes;
            }
        };
    }

    @Override
    public void onStart() {
        events.register(this);
    }

    @Override
    public void onStop() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        try {
            record(event);
        } catch (RuntimeException | LinkageError e) {
            Long commentId = event.getComment() == null ? null : event.getComment().getId();
            LOG.warn("Reply Coach: could not record coaching for comment {}; the comment itself is not affected: {}",
                    commentId, LogSafe.describe(e));
        }
    }

    private void record(IssueEvent event) {
        Comment comment = event.getComment();
        if (comment == null || isEditOrDelete(event.getEventTypeId())) {
            return;
        }
        String body = comment.getBody();
        ApplicationUser author = comment.getAuthorApplicationUser() != null ? comment.getAuthorApplicationUser() : event.getUser();
        if (body == null || body.isBlank() || author == null || author.getKey() == null) {
            return;
        }
        Audience audience = visibility.of(comment);
        if (audience == Audience.UNKNOWN || audience == Audience.INTERNAL && !scope.checksInternalNotes()) {
            // An unclear comment is left out rather than risk counting an internal note
            // against an agent's customer-facing figures.
            return;
        }
        if (comment.getId() != null && !firstSighting(comment.getId())) {
            return;
        }
        Issue issue = event.getIssue() != null ? event.getIssue() : comment.getIssue();
        Project project = issue == null ? null : issue.getProjectObject();
        if (!scope.covers(project == null ? null : project.getKey())) {
            return;
        }
        ReplyReport report = analyzers.current().analyze(AnalysisRequest.of(body));
        recorder.sent(ReplyRef.of(author.getKey(), issue == null ? null : issue.getKey(),
                project == null ? null : project.getKey()), report, body);
    }

    private synchronized boolean firstSighting(Long commentId) {
        return recent.put(commentId, Boolean.TRUE) == null;
    }

    private static boolean isEditOrDelete(Long type) {
        return EventType.ISSUE_COMMENT_EDITED_ID.equals(type) || EventType.ISSUE_COMMENT_DELETED_ID.equals(type);
    }
}
