package dk.replycoach.jira.rest;

import dk.replycoach.analysis.Messages;
import dk.replycoach.coaching.CoachingReports;
import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.coaching.TeamReport;
import dk.replycoach.config.SettingsRepository;
import dk.replycoach.jira.report.LeadAccess;
import dk.replycoach.jira.report.ReaderMessages;
import dk.replycoach.jira.report.ReportViewer;
import dk.replycoach.json.JsonWriter;
import dk.replycoach.report.AgentNames;
import dk.replycoach.report.CoachingReportCsv;
import dk.replycoach.report.CoachingReportJson;
import dk.replycoach.report.MinimumGroupSize;
import dk.replycoach.report.ReportQuery;
import dk.replycoach.report.RuleTexts;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code /rest/reply-coach/1.0/reports}: coaching reports as JSON, or as CSV with {@code format=csv}.
 * <ul>
 * <li>{@code GET /reports/team?from&to&project}: leads (members of a lead group) and Jira
 * administrators. Below the minimum group size the answer says {@code "hidden": true} and carries no
 * figures; the CSV is the header alone.</li>
 * <li>{@code GET /reports/agent/{userKey}?from&to}: leads, administrators and that agent.</li>
 * <li>{@code GET /reports/me?from&to}: every logged-in user, their own figures.</li>
 * </ul>
 * Checked on every call in this order: 401 when not logged in, 403 when not allowed, then 400 for
 * parameters a report cannot use, so a refused user learns nothing from parameter errors.
 */
@Path("/reports")
@Produces({MediaType.APPLICATION_JSON, ReportResource.CSV})
public class ReportResource {
    static final String CSV = "text/csv";
    private static final int MAX_KEY = 255;

    private final LeadAccess access;
    private final SettingsRepository settings;
    private final CoachingReports reports;
    private final AgentNames names;
    private final ReaderMessages messages;
    private final Clock clock;

    @Inject
    public ReportResource(LeadAccess access, SettingsRepository settings, CoachingStore store, AgentNames names,
                          ReaderMessages messages) {
        this(access, settings, store, names, messages, Clock.systemDefaultZone());
    }

    /** With a clock, so tests decide which day "the last 12 weeks" end on. */
    ReportResource(LeadAccess access, SettingsRepository settings, CoachingStore store, AgentNames names,
                   ReaderMessages messages, Clock clock) {
        this.access = access;
        this.settings = settings;
        this.reports = new CoachingReports(store);
        this.names = names;
        this.messages = messages;
        this.clock = clock;
    }

    @GET
    @Path("team")
    public Response team(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("project") String project, @QueryParam("format") String format) {
        Messages m = messages.current();
        ReportViewer viewer = access.currentUser();
        if (viewer.isAnonymous()) {
            return RestAnswers.unauthorized(m.get("replycoach.report.rest.unauthorized"));
        }
        if (!viewer.mayViewTeam()) {
            return RestAnswers.forbidden(m.get("replycoach.report.forbidden.team"));
        }
        try {
            boolean csv = csv(format);
            ReportQuery q = ReportQuery.parse(from, to, project, LocalDate.now(clock));
            TeamReport report = reports.team(q.teamScope());
            MinimumGroupSize minimum = new MinimumGroupSize(settings.current().minGroupSize());
            return csv ? RestAnswers.csv(new CoachingReportCsv(names).team(report, minimum), fileName("team", q))
                    : RestAnswers.ok(json(m).team(report, minimum));
        } catch (ReportQuery.Invalid e) {
            return invalid(e.field(), m.get(e.key(), e.args()));
        } catch (BadFormat e) {
            return invalid("format", m.get("replycoach.report.error.format"));
        }
    }

    @GET
    @Path("agent/{userKey}")
    public Response agent(@PathParam("userKey") String userKey, @QueryParam("from") String from,
                          @QueryParam("to") String to, @QueryParam("format") String format) {
        Messages m = messages.current();
        ReportViewer viewer = access.currentUser();
        if (viewer.isAnonymous()) {
            return RestAnswers.unauthorized(m.get("replycoach.report.rest.unauthorized"));
        }
        if (!viewer.mayViewAgent(userKey)) {
            return RestAnswers.forbidden(m.get("replycoach.report.forbidden.agent"));
        }
        if (!isUserKey(userKey)) {
            return invalid("userKey", m.get("replycoach.report.error.user"));
        }
        return agentReport(userKey, from, to, format, m);
    }

    @GET
    @Path("me")
    public Response me(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format) {
        Messages m = messages.current();
        ReportViewer viewer = access.currentUser();
        if (viewer.isAnonymous()) {
            return RestAnswers.unauthorized(m.get("replycoach.report.rest.unauthorized"));
        }
        return agentReport(viewer.userKey(), from, to, format, m);
    }

    private Response agentReport(String agent, String from, String to, String format, Messages m) {
        try {
            boolean csv = csv(format);
            ReportQuery q = ReportQuery.parse(from, to, null, LocalDate.now(clock));
            TeamReport report = reports.team(q.agentScope(agent));
            return csv ? RestAnswers.csv(new CoachingReportCsv(names).agent(agent, report), fileName("agent", q))
                    : RestAnswers.ok(json(m).agent(agent, report));
        } catch (ReportQuery.Invalid e) {
            return invalid(e.field(), m.get(e.key(), e.args()));
        } catch (BadFormat e) {
            return invalid("format", m.get("replycoach.report.error.format"));
        }
    }

    private CoachingReportJson json(Messages m) {
        return new CoachingReportJson(names, RuleTexts.of(m));
    }

    private static boolean csv(String format) throws BadFormat {
        if (format == null || format.isEmpty() || "json".equals(format)) {
            return false;
        }
        if ("csv".equals(format)) {
            return true;
        }
        throw new BadFormat();
    }

    /** {@code reply-coach-team-2026-01-05-2026-03-29.csv}: dates only, never a user key or name. */
    private static String fileName(String kind, ReportQuery q) {
        return "reply-coach-" + kind + "-" + q.range().first() + "-" + q.range().last() + ".csv";
    }

    private static boolean isUserKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isISOControl(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** 400 naming the parameter: {@code {"error": "invalid", "field": "from", "message": "..."}}. */
    private static Response invalid(String field, String message) {
        return RestAnswers.build(400, new JsonWriter().beginObject().name("error").value("invalid")
                .name("field").value(field).name("message").value(message));
    }

    /** A {@code format} other than json or csv. */
    private static final class BadFormat extends Exception {
        private static final long serialVersionUID = 1L;
    }
}
