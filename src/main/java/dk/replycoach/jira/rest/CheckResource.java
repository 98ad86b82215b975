package dk.replycoach.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.rule.RuleCatalog;
import dk.replycoach.analysis.rule.RuleDescriptor;
import dk.replycoach.coaching.CoachingRecorder;
import dk.replycoach.coaching.OverrideReason;
import dk.replycoach.coaching.ReplyRef;
import dk.replycoach.config.AnalyzerSource;
import dk.replycoach.config.CheckScope;
import dk.replycoach.jira.comment.CustomerMessages;
import dk.replycoach.json.JsonWriter;
import dk.replycoach.json.ReportJson;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code /rest/reply-coach/1.0/check}, {@code /feedback} and {@code /override}: the draft checker
 * under the comment editor. Each call parses the JSON body, checks that the user is logged in and
 * may see the issue (else 401, or 404 as Jira answers for issues one cannot see), calls the engine
 * or the coaching recorder, and maps the result. Coaching writes happen off the request thread.
 * Analyses take turns in the node's {@link CheckCapacity}; when none is free in time the answer is
 * 503 with {@code Retry-After}.
 * The reply text is analysed and forgotten: it is never stored or logged.
 */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CheckResource {
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int MAX_KEY = 255;
    private static final int MAX_DRAFT_ID = 100;

    private final JiraAuthenticationContext authentication;
    private final IssueManager issues;
    private final PermissionManager permissions;
    private final AnalyzerSource analyzers;
    private final CheckScope scope;
    private final CustomerMessages customerMessages;
    private final CoachingRecorder recorder;
    private final CoachingWriter writer;
    private final CheckCapacity capacity;

    /** A report and its JSON, both made inside a check slot. */
    private static final class Answer {
        final ReplyReport report;
        final String json;

        private Answer(ReplyReport report, String json) {
            this.report = report;
            this.json = json;
        }

        static Answer of(ReplyReport report) {
            return new Answer(report, ReportJson.toJson(report));
        }
    }

    @Inject
    public CheckResource(@ComponentImport JiraAuthenticationContext authentication, @ComponentImport IssueManager issues,
                         @ComponentImport PermissionManager permissions, AnalyzerSource analyzers, CheckScope scope,
                         CustomerMessages customerMessages, CoachingRecorder recorder, CoachingWriter writer,
                         CheckCapacity capacity) {
        this.authentication = authentication;
        this.issues = issues;
        this.permissions = permissions;
        this.analyzers = analyzers;
        this.scope = scope;
        this.customerMessages = customerMessages;
        this.recorder = recorder;
        this.writer = writer;
        this.capacity = capacity;
    }

    @POST
    @Path("check")
    public Response check(@HeaderParam("Content-Type") String contentType, InputStream body) {
        try {
            ApplicationUser user = loggedInUser();
            Map<String, Object> json = JsonRequests.readObject(contentType, body, MAX_BODY_BYTES);
            String text = JsonRequests.string(json, "text", true, Integer.MAX_VALUE);
            Issue issue = visibleIssue(user, JsonRequests.string(json, "issueKey", true, MAX_KEY));
            String draftId = JsonRequests.string(json, "draftId", false, MAX_DRAFT_ID);
            String customerText = JsonRequests.string(json, "customerText", false, Integer.MAX_VALUE);
            boolean internal = JsonRequests.flag(json, "internal");
            String project = projectKey(issue);
            if (!scope.covers(project)) {
                return JsonRequests.json(200, disabled("project"));
            }
            if (internal && !scope.checksInternalNotes()) {
                return JsonRequests.json(200, disabled("internal"));
            }
            String customer = customerText != null ? customerText : customerMessages.latest(issue, user);
            AnalysisRequest request = AnalysisRequest.of(text).withCustomerText(customer).withUiLanguage(uiLanguage());
            Optional<Answer> answer = capacity.run(() -> Answer.of(analyzers.current().analyze(request)));
            if (answer.isEmpty()) {
                return busy();
            }
            ReplyReport report = answer.get().report;
            if (draftId != null && !draftId.isBlank()) {
                ReplyRef ref = ReplyRef.of(user.getKey(), issue.getKey(), project).withDraft(draftId);
                writer.submit(() -> recorder.checked(ref, report, text));
            }
            return JsonRequests.json(200, answer.get().json);
        } catch (RequestProblem p) {
            return JsonRequests.error(p);
        }
    }

    /** A "not helpful" vote on one rule's finding in a draft. */
    @POST
    @Path("feedback")
    public Response feedback(@HeaderParam("Content-Type") String contentType, InputStream body) {
        try {
            ApplicationUser user = loggedInUser();
            Map<String, Object> json = JsonRequests.readObject(contentType, body, 4 * 1024);
            RuleDescriptor rule = rule(JsonRequests.string(json, "rule", true, 100));
            Issue issue = visibleIssue(user, JsonRequests.string(json, "issueKey", true, MAX_KEY));
            String draftId = JsonRequests.string(json, "draftId", false, MAX_DRAFT_ID);
            ReplyRef ref = ReplyRef.of(user.getKey(), issue.getKey(), projectKey(issue)).withDraft(blankToNull(draftId));
            Severity severity = analyzers.current().settings().severity(rule.id(), rule.defaultSeverity());
            writer.submit(() -> recorder.notHelpful(ref, rule.id(), severity));
            return Response.noContent().build();
        } catch (RequestProblem p) {
            return JsonRequests.error(p);
        }
    }

    /** The agent sent a reply despite a block: which rules, and why. */
    @POST
    @Path("override")
    public Response override(@HeaderParam("Content-Type") String contentType, InputStream body) {
        try {
            ApplicationUser user = loggedInUser();
            Map<String, Object> json = JsonRequests.readObject(contentType, body, 8 * 1024);
            Issue issue = visibleIssue(user, JsonRequests.string(json, "issueKey", true, MAX_KEY));
            String draftId = JsonRequests.string(json, "draftId", false, MAX_DRAFT_ID);
            OverrideReason.Category category = OverrideReason.Category.fromId(JsonRequests.string(json, "reason", true, 50));
            if (category == null) {
                throw new RequestProblem(400, "'reason' must be one of " + categories());
            }
            String note = JsonRequests.string(json, "note", false, OverrideReason.MAX_NOTE);
            Map<String, Severity> rules = blockingRules(json.get("rules"));
            ReplyRef ref = ReplyRef.of(user.getKey(), issue.getKey(), projectKey(issue)).withDraft(blankToNull(draftId));
            OverrideReason reason = OverrideReason.of(category, note);
            writer.submit(() -> recorder.overridden(ref, rules, reason));
            return Response.noContent().build();
        } catch (RequestProblem p) {
            return JsonRequests.error(p);
        } catch (IllegalArgumentException e) {
            return JsonRequests.error(400, e.getMessage());
        }
    }

    private ApplicationUser loggedInUser() throws RequestProblem {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            throw new RequestProblem(401, "log in to use Reply Coach");
        }
        return user;
    }

    /** 404 both for a missing issue and for one the user may not browse, as Jira itself answers. */
    private Issue visibleIssue(ApplicationUser user, String key) throws RequestProblem {
        Issue issue = issues.getIssueObject(key.trim().toUpperCase(Locale.ROOT));
        if (issue == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            throw new RequestProblem(404, "issue does not exist or you do not have permission to see it");
        }
        return issue;
    }

    private static RuleDescriptor rule(String id) throws RequestProblem {
        return RuleCatalog.descriptor(id).orElseThrow(() -> new RequestProblem(400, "unknown rule '" + id + "'"));
    }

    private Map<String, Severity> blockingRules(Object value) throws RequestProblem {
        if (!(value instanceof List) || ((List<?>) value).isEmpty() || ((List<?>) value).size() > RuleCatalog.ids().size()) {
            throw new RequestProblem(400, "'rules' must list the blocking rule ids");
        }
        Map<String, Severity> rules = new TreeMap<>();
        for (Object id : (List<?>) value) {
            RuleDescriptor d = rule(id instanceof String ? (String) id : String.valueOf(id));
            rules.put(d.id(), analyzers.current().settings().severity(d.id(), d.defaultSeverity()));
        }
        return rules;
    }

    private static String categories() {
        StringBuilder sb = new StringBuilder();
        for (OverrideReason.Category c : OverrideReason.Category.values()) {
            sb.append(sb.length() > 0 ? ", " : "").append(c.id());
        }
        return sb.toString();
    }

    private static String projectKey(Issue issue) {
        return issue.getProjectObject() == null ? null : issue.getProjectObject().getKey();
    }

    private String uiLanguage() {
        Locale locale = authentication.getLocale();
        return locale != null && "da".equals(locale.getLanguage()) ? "da" : "en";
    }

    /** No check slot came free in time: the panel keeps what it shows and asks again. */
    private Response busy() {
        String body = new JsonWriter().beginObject().name("error").value("Reply Coach is busy; ask again in a moment").endObject().toString();
        return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE).header("Retry-After", capacity.retryAfterSeconds())
                .entity(body).build();
    }

    private static String disabled(String reason) {
        return new JsonWriter().beginObject().name("enabled").value(false).name("reason").value(reason).endObject().toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
