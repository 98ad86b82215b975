package dk.replycoach.sandbox;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.opensymphony.workflow.InvalidInputException;
import dk.replycoach.config.SettingsRepository;
import dk.replycoach.jira.comment.CommentVisibility;
import dk.replycoach.jira.workflow.ReplyCheckValidator;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.SimpleDateFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dk.replycoach.jira.admin.Html.escape;

/**
 * Jira's issue pages around the comment editors, with the DOM facts docs/front-end.md lists:
 * <ul>
 *   <li>{@code /browse/KEY} of a software project: the classic issue view with {@code #addcomment},
 *       form {@code #issue-comment-add}, {@code textarea#comment} in {@code .jira-wikifield} and
 *       {@code #issue-comment-add-submit}; the issue key in {@code #key-val}.</li>
 *   <li>{@code /browse/KEY} of a service project: the JSM agent view, with the collapsed box
 *       {@code #sd-comment-collapsed-textarea} that opens the real editor when focused, the tabs
 *       "Respond to customer" / "Internal comment", and a send button that says "Share with
 *       customer" or "Comment internally".</li>
 *   <li>The workflow transition "Resolve": a dialog (or, opened directly, a page) with the Comment
 *       field; its form post runs the real {@link ReplyCheckValidator}, and a blocked comment
 *       comes back with the validator's message under the field, the reply kept.</li>
 * </ul>
 * Posting a comment stores it and publishes an IssueEvent, so the real comment listener records
 * the reply as in Jira. All markup here is the sandbox's imitation of Jira; the plugin's own
 * markup is only what its web-resources add.
 */
final class IssuePages extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String RESOLVE_ACTION = "5";
    private static final String PUBLIC_PROPERTY = "[{\"key\":\"sd.public.comment\",\"value\":{\"internal\":false}}]";

    private final transient Sandbox sandbox;
    private final transient PageChrome chrome;
    private final transient ReplyCheckValidator validator;

    IssuePages(Sandbox sandbox, PageChrome chrome) {
        this.sandbox = sandbox;
        this.chrome = chrome;
        this.validator = sandbox.injector.build(ReplyCheckValidator.class);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String servlet = req.getServletPath();
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if ("/browse".equals(servlet)) {
            SandboxIssues.SandboxIssue issue = visible(req, resp, path.startsWith("/") ? path.substring(1) : path);
            if (issue != null) {
                PageChrome.Page page = new PageChrome.Page("[" + issue.getKey() + "] " + issue.summary());
                page.contexts.add("jira.view.issue");
                page.body = issue.getProjectObject().isServiceDesk() ? agentView(issue) : classicView(issue);
                page.headExtra = "<script src=\"" + PageChrome.CONTEXT_PATH + "/sandbox/static/jira-pages.js\"></script>\n";
                chrome.write(req, resp, page);
            }
        } else if ("/CommentAssignIssue!default.jspa".equals(path)) {
            SandboxIssues.SandboxIssue issue = visible(req, resp, issueKeyOf(req.getParameter("id")));
            if (issue != null) {
                transitionScreen(req, resp, issue, "", null, 200);
            }
        } else {
            resp.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        SandboxIssues.SandboxIssue issue = visible(req, resp, issueKeyOf(req.getParameter("id")));
        if (issue == null) {
            return;
        }
        String text = req.getParameter("comment") == null ? "" : req.getParameter("comment");
        if ("/AddComment.jspa".equals(path)) {
            if (!text.isBlank()) {
                boolean internal = "internal".equals(req.getParameter("sd-visibility"));
                comment(issue, text, internal, EventType.ISSUE_COMMENTED_ID);
            }
            resp.sendRedirect(PageChrome.CONTEXT_PATH + "/browse/" + issue.getKey());
        } else if ("/CommentAssignIssue.jspa".equals(path)) {
            transition(req, resp, issue, text);
        } else {
            resp.sendError(404);
        }
    }

    /** The issue, or null after answering with the login page, a 404 or Jira's permission page. */
    private SandboxIssues.SandboxIssue visible(HttpServletRequest req, HttpServletResponse resp, String key) throws IOException {
        SandboxUsers.User me = SandboxUsers.current();
        if (me == null) {
            String here = req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
            resp.sendRedirect(PageChrome.CONTEXT_PATH + "/login.jsp?os_destination=" + SandboxLogin.encode(here));
            return null;
        }
        SandboxIssues.SandboxIssue issue = sandbox.issues.getIssueObject(key);
        if (issue == null || !sandbox.issues.hasPermission(com.atlassian.jira.permission.ProjectPermissions.BROWSE_PROJECTS, issue, me)) {
            resp.setStatus(404);
            PageChrome.Page page = new PageChrome.Page("Issue does not exist");
            page.body = PageChrome.panel("Issue does not exist",
                    "<p>The issue you are trying to view does not exist, or you do not have permission to see it.</p>");
            chrome.write(req, resp, page);
            return null;
        }
        return issue;
    }

    private String issueKeyOf(String id) {
        for (SandboxIssues.SandboxIssue i : sandbox.issues.all()) {
            if (i.getId().toString().equals(id)) {
                return i.getKey();
            }
        }
        return null;
    }

    private void comment(SandboxIssues.SandboxIssue issue, String text, boolean internal, Long eventType) {
        SandboxUsers.User me = SandboxUsers.current();
        SandboxIssues.SandboxComment c = sandbox.issues.addComment(issue, me, text, internal);
        sandbox.events.publish(new IssueEvent(issue, me, c, null, null, Map.of(), eventType));
    }

    // --- issue views ---

    private static String header(SandboxIssues.SandboxIssue issue) {
        String key = escape(issue.getKey());
        return "<header class=\"aui-page-header issue-header\"><div class=\"aui-page-header-inner\"><div class=\"aui-page-header-main\">"
                + "<ol class=\"aui-nav aui-nav-breadcrumbs\"><li>" + escape(issue.getProjectObject().getName()) + "</li>"
                + "<li><a id=\"key-val\" class=\"issue-link\" data-issue-key=\"" + key + "\" href=\"" + PageChrome.CONTEXT_PATH
                + "/browse/" + key + "\">" + key + "</a></li></ol>"
                + "<h1 id=\"summary-val\">" + escape(issue.summary()) + "</h1></div></div></header>"
                + "<div id=\"opsbar\" class=\"aui-toolbar2\"><div class=\"aui-toolbar2-inner\"><div class=\"aui-buttons\">"
                + "<a id=\"action_id_" + RESOLVE_ACTION + "\" class=\"aui-button issueaction-workflow-transition\" href=\""
                + PageChrome.CONTEXT_PATH + "/secure/CommentAssignIssue!default.jspa?id=" + issue.getId() + "&amp;action="
                + RESOLVE_ACTION + "\">Resolve this issue</a></div></div>"
                + "<span class=\"sandbox-status\">Status: <span class=\"aui-lozenge aui-lozenge-current\">" + escape(issue.status())
                + "</span></span></div>";
    }

    private static String description(SandboxIssues.SandboxIssue issue) {
        return "<div id=\"descriptionmodule\" class=\"module\"><h2 class=\"toggle-title\">Description</h2>"
                + "<div class=\"user-content-block\">" + paragraphs(issue.getDescription()) + "</div></div>";
    }

    private String activity(SandboxIssues.SandboxIssue issue) {
        StringBuilder b = new StringBuilder("<div id=\"activitymodule\" class=\"module\"><h2 class=\"toggle-title\">Activity</h2>"
                + "<div id=\"issue_actions_container\">");
        SimpleDateFormat when = new SimpleDateFormat("d MMM yyyy HH:mm", Locale.ENGLISH);
        List<SandboxIssues.SandboxComment> comments = issue.comments();
        if (comments.isEmpty()) {
            b.append("<p class=\"sandbox-muted\">There are no comments yet on this issue.</p>");
        }
        for (SandboxIssues.SandboxComment c : comments) {
            b.append("<div id=\"comment-").append(c.getId()).append("\" class=\"activity-comment issue-data-block")
                    .append(c.internal() ? " sd-comment-internal" : "").append("\"><div class=\"action-head\"><strong>")
                    .append(escape(c.getAuthorApplicationUser().getDisplayName())).append("</strong> ")
                    .append(c.internal() ? "<span class=\"aui-lozenge aui-lozenge-subtle\">Internal</span> " : "")
                    .append("<span class=\"sandbox-muted\">").append(when.format(c.getCreated())).append("</span></div>")
                    .append("<div class=\"action-body\">").append(paragraphs(c.getBody())).append("</div></div>");
        }
        return b.append("</div></div>").toString();
    }

    private String classicView(SandboxIssues.SandboxIssue issue) {
        String key = escape(issue.getKey());
        return "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content issue-view\">"
                + header(issue) + description(issue) + activity(issue)
                + "<div id=\"addcomment\" class=\"module\">"
                + "<form id=\"issue-comment-add\" class=\"aui\" action=\"" + PageChrome.CONTEXT_PATH + "/secure/AddComment.jspa\" method=\"post\">"
                + "<input type=\"hidden\" name=\"id\" value=\"" + issue.getId() + "\">"
                + "<div class=\"field-group aui-field-wikiedit\"><label for=\"comment\">Comment</label>"
                + "<div class=\"jira-wikifield\" field-id=\"comment\" issue-key=\"" + key + "\" renderer-type=\"atlassian-wiki-renderer\">"
                + "<div class=\"wiki-edit\"><div id=\"comment-wiki-edit\" class=\"wiki-edit-content\">"
                + "<textarea id=\"comment\" name=\"comment\" class=\"textarea long-field wiki-textfield mentionable\" rows=\"6\"></textarea>"
                + "</div></div></div></div>"
                + "<div class=\"buttons-container\"><div class=\"buttons\">"
                + "<input id=\"issue-comment-add-submit\" class=\"aui-button\" type=\"submit\" name=\"Add\" value=\"Add\">"
                + " <a class=\"cancel\" href=\"#\">Cancel</a></div></div></form></div>"
                + transitionDialogHolder()
                + "</section></div></div>";
    }

    private String agentView(SandboxIssues.SandboxIssue issue) {
        String reporter = issue.getReporter() == null ? "" : escape(issue.getReporter().getDisplayName());
        return "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content sd-agent-view\">"
                + header(issue)
                + "<p class=\"sd-request-meta\">Raised by <strong>" + reporter + "</strong> through the customer portal</p>"
                + description(issue) + activity(issue)
                + "<div class=\"sd-comment-area\" data-issue-id=\"" + issue.getId() + "\">"
                + "<div class=\"sd-comment-tabs\" role=\"tablist\">"
                + "<a href=\"#\" role=\"tab\" class=\"sd-comment-tab\" data-visibility=\"public\" aria-selected=\"true\">Respond to customer</a>"
                + "<a href=\"#\" role=\"tab\" class=\"sd-comment-tab\" data-visibility=\"internal\" aria-selected=\"false\">Internal comment</a>"
                + "</div>"
                + "<textarea id=\"sd-comment-collapsed-textarea\" class=\"textarea\" rows=\"1\" placeholder=\"Reply to customer\"></textarea>"
                + "</div>"
                + transitionDialogHolder()
                + "</section></div></div>";
    }

    /** Where the sandbox's "Jira" script puts the transition dialog. */
    private static String transitionDialogHolder() {
        return "<div id=\"sandbox-dialog-holder\"></div>";
    }

    // --- the transition ---

    private void transition(HttpServletRequest req, HttpServletResponse resp, SandboxIssues.SandboxIssue issue, String text) throws IOException {
        Map<String, Object> vars = new HashMap<>();
        vars.put(CommentVisibility.COMMENT, text);
        vars.put("issue", issue);
        String property = req.getParameter(CommentVisibility.COMMENT_PROPERTY);
        if (property != null && !property.isEmpty()) {
            vars.put(CommentVisibility.COMMENT_PROPERTY, property);
        }
        String level = req.getParameter(CommentVisibility.COMMENT_LEVEL);
        if (level != null && !level.isEmpty()) {
            vars.put(CommentVisibility.COMMENT_LEVEL, level);
        }
        // The validator as a workflow would carry it when added with the admin's defaults.
        Map<String, String> args = sandbox.injector.get(SettingsRepository.class).current().validatorDefaults().toArgs();
        try {
            validator.validate(vars, args, null);
        } catch (InvalidInputException e) {
            Object fieldError = e.getErrors() == null ? null : e.getErrors().get(CommentVisibility.COMMENT);
            String message = fieldError != null ? fieldError.toString()
                    : e.getGenericErrors() == null || e.getGenericErrors().isEmpty() ? "Invalid input" : e.getGenericErrors().get(0).toString();
            transitionScreen(req, resp, issue, text, message, 400);
            return;
        }
        if (!text.isBlank()) {
            comment(issue, text, false, EventType.ISSUE_RESOLVED_ID);
        }
        issue.status("Resolved");
        if (inline(req)) {
            resp.setStatus(200);
            resp.setHeader("X-Sandbox-Transition", "done");
            resp.setContentType("text/html;charset=UTF-8");
            resp.getWriter().write("<p>Resolved.</p>");
        } else {
            resp.sendRedirect(PageChrome.CONTEXT_PATH + "/browse/" + issue.getKey());
        }
    }

    private static boolean inline(HttpServletRequest req) {
        return "true".equals(req.getParameter("inline"));
    }

    /** The transition form: a dialog's content when inline, else a whole page; with the comment error if any. */
    private void transitionScreen(HttpServletRequest req, HttpServletResponse resp, SandboxIssues.SandboxIssue issue,
                                  String text, String error, int status) throws IOException {
        String key = escape(issue.getKey());
        StringBuilder form = new StringBuilder()
                .append("<form id=\"issue-workflow-transition\" class=\"aui\" method=\"post\" action=\"").append(PageChrome.CONTEXT_PATH)
                .append("/secure/CommentAssignIssue.jspa\">")
                .append("<div class=\"form-body\">")
                .append("<input type=\"hidden\" name=\"action\" value=\"").append(RESOLVE_ACTION).append("\">")
                .append("<input type=\"hidden\" name=\"id\" value=\"").append(issue.getId()).append("\">")
                .append("<input type=\"hidden\" name=\"viewIssueKey\" value=\"").append(key).append("\">");
        if (issue.getProjectObject().isServiceDesk()) {
            form.append("<input type=\"hidden\" name=\"commentProperty\" value=\"").append(escape(PUBLIC_PROPERTY)).append("\">");
        }
        form.append("<div class=\"field-group\"><label for=\"resolution\">Resolution</label>")
                .append("<select class=\"select\" id=\"resolution\" name=\"resolution\"><option value=\"1\">Done</option>")
                .append("<option value=\"2\">Won't do</option></select></div>")
                .append("<div class=\"field-group aui-field-wikiedit comment-input\"><label for=\"comment\">Comment</label>")
                .append("<div class=\"jira-wikifield\" field-id=\"comment\" issue-key=\"").append(key).append("\">")
                .append("<textarea id=\"comment\" name=\"comment\" class=\"textarea long-field wiki-textfield\" rows=\"6\">")
                .append(escape(text)).append("</textarea></div>");
        if (error != null) {
            // Jira escapes validator messages when it shows them under the field.
            form.append("<div class=\"error\" data-field=\"comment\">").append(escape(error)).append("</div>");
        }
        form.append("</div></div><div class=\"buttons-container form-footer\"><div class=\"buttons\">")
                .append("<input id=\"issue-workflow-transition-submit\" class=\"aui-button\" type=\"submit\" name=\"Transition\" value=\"Resolve\">")
                .append(" <a id=\"issue-workflow-transition-cancel\" class=\"cancel\" href=\"").append(PageChrome.CONTEXT_PATH)
                .append("/browse/").append(key).append("\">Cancel</a></div></div></form>");
        resp.setStatus(status);
        if (inline(req)) {
            resp.setContentType("text/html;charset=UTF-8");
            resp.setHeader("Cache-Control", "no-store");
            resp.getWriter().write(form.toString());
            return;
        }
        PageChrome.Page page = new PageChrome.Page("Resolve issue: " + issue.getKey());
        page.contexts.add("jira.view.issue");
        page.body = PageChrome.panel("Resolve issue " + issue.getKey(), form.toString());
        chrome.write(req, resp, page);
    }

    private static String paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return "<p class=\"sandbox-muted\">None</p>";
        }
        StringBuilder b = new StringBuilder();
        for (String p : text.trim().split("\\n\\s*\\n")) {
            b.append("<p>").append(escape(p.trim()).replace("\n", "<br>")).append("</p>");
        }
        return b.toString();
    }
}
