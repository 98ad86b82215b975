package dk.replycoach.jira.report;

import dk.replycoach.analysis.Messages;
import dk.replycoach.coaching.CoachingReports;
import dk.replycoach.coaching.TeamReport;
import dk.replycoach.jira.report.ReportWorld.Role;
import dk.replycoach.report.MinimumGroupSize;
import dk.replycoach.report.RuleTexts;
import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The report pages rendered with the real Velocity 1.6 engine in strict mode, through the servlets
 * or straight from the page models: what they show, and that every user-controlled value (display
 * names, user keys, the project parameter, rule texts) prints as text.
 */
public class ReportTemplatesTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private static void assertNoMarkupFrom(String html) {
        assertFalse(html, html.contains("<script"));
        assertFalse(html, html.contains("<img"));
        // No tag carries an event handler; quoted attribute values (escaped text) are skipped.
        Matcher tag = Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
        while (tag.find()) {
            String attributes = tag.group().replaceAll("\"[^\"]*\"", "\"\"");
            assertFalse(tag.group(), Pattern.compile("\\son[a-z]+\\s*=").matcher(attributes).find());
        }
    }

    @Test
    public void aDisplayNameWithMarkupIsTextOnEveryPage() throws Exception {
        ReportWorld w = new ReportWorld();
        w.name("anna", SCRIPT);
        w.name("bob", "\"><img src=x onerror=alert(2)>");
        w.loggedInAs(Role.LEAD);
        String team = w.get(w.teamServlet(), ReportLinks.TEAM_PAGE, Map.of()).body();
        assertNoMarkupFrom(team);
        assertTrue(team, team.contains(">" + ESCAPED + "</a></td>"));
        assertTrue(team.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));

        String agent = w.get(w.agentServlet(), ReportLinks.AGENT_PAGE, Map.of("user", "anna")).body();
        assertNoMarkupFrom(agent);
        assertTrue(agent.contains("<title>Coaching: " + ESCAPED + "</title>"));
        assertTrue(agent.contains("<h1>Coaching: " + ESCAPED + "</h1>"));

        w.loggedInAs(Role.AGENT);
        String mine = w.get(w.myServlet(), ReportLinks.MY_PAGE, Map.of()).body();
        assertNoMarkupFrom(mine);
        assertTrue(mine.contains("<h1>My coaching</h1>"));
    }

    @Test
    public void aUserKeyWithMarkupIsTextAndEncodedInLinks() throws Exception {
        ReportWorld w = new ReportWorld();
        String key = "x\"&<b>?user=anna";
        w.history.on(ReportWorld.TODAY).reply(key, "SUP", 60, null, java.util.List.of());
        w.loggedInAs(Role.LEAD);
        String team = w.get(w.teamServlet(), ReportLinks.TEAM_PAGE, Map.of()).body();
        assertNoMarkupFrom(team);
        assertTrue(team, team.contains("data-agent=\"x&quot;&amp;&lt;b&gt;?user=anna\""));
        assertTrue(team, team.contains("href=\"/jira/plugins/servlet/reply-coach/report/agent?user=x%22%26%3Cb%3E%3Fuser%3Danna&amp;from="));

        PageExchange agent = w.get(w.agentServlet(), ReportLinks.AGENT_PAGE, Map.of("user", key));
        assertEquals(200, agent.status());
        assertTrue(agent.body().contains("<input type=\"hidden\" name=\"user\" value=\"x&quot;&amp;&lt;b&gt;?user=anna\"/>"));
        assertTrue(agent.body().contains("href=\"/jira/rest/reply-coach/1.0/reports/agent/x%22%26%3Cb%3E%3Fuser%3Danna?from="));
    }

    @Test
    public void aProjectParameterWithMarkupIsRefusedAndShownAsText() throws Exception {
        ReportWorld w = new ReportWorld();
        w.loggedInAs(Role.ADMIN);
        PageExchange x = w.get(w.teamServlet(), ReportLinks.TEAM_PAGE, Map.of("project", SCRIPT));
        assertEquals(400, x.status());
        assertNoMarkupFrom(x.body());
        assertTrue(x.body(), x.body().contains("name=\"project\" value=\"" + ESCAPED + "\""));
        assertTrue(x.body().contains("<p>“" + ESCAPED + "” is not a project key: capital letters, digits and _, starting with a letter.</p>"));
        assertFalse("no figures for a refused form", x.body().contains("rc-agents"));
    }

    @Test
    public void ruleTextsWithMarkupAreText() throws Exception {
        ReportWorld w = new ReportWorld();
        RuleTexts hostile = new RuleTexts() {
            @Override
            public String name(String ruleId) {
                return SCRIPT + ruleId;
            }

            @Override
            public String guidance(String ruleId) {
                return "<img src=x onerror=alert(3)> " + ruleId;
            }
        };
        ReportPageModel page = new ReportPageModel(Messages.forLanguage("en"), hostile);
        ReportLinks links = new ReportLinks("/jira");
        ReportForm form = ReportForm.read(null, null, null, ReportWorld.TODAY, page.messages());
        CoachingReports reports = new CoachingReports(w.history.store);
        TeamReport team = reports.team(form.query().teamScope());
        String teamHtml = w.renderer.render(TeamReportServlet.TEMPLATE,
                TeamPageModel.of(page, links, form, team, new MinimumGroupSize(2), w.names));
        assertNoMarkupFrom(teamHtml);
        assertTrue(teamHtml, teamHtml.contains("<td>" + ESCAPED + "excuse <code>excuse</code></td>"));
        assertTrue(teamHtml.contains(ESCAPED + "avoiding</td>"));

        AgentPageModel.Subject anna = new AgentPageModel.Subject("anna", "Anna", true, false);
        String agentHtml = w.renderer.render(AgentReportPage.TEMPLATE,
                AgentPageModel.of(page, links, form, anna, reports.team(form.query().agentScope("anna"))));
        assertNoMarkupFrom(agentHtml);
        assertTrue(agentHtml, agentHtml.contains("<dd>&lt;img src=x onerror=alert(3)&gt; excuse</dd>"));
    }

    @Test
    public void theTeamPageShowsFiguresAgentsRulesStylesAndTheTrend() throws Exception {
        ReportWorld w = new ReportWorld();
        w.loggedInAs(Role.LEAD);
        PageExchange x = w.get(w.teamServlet(), ReportLinks.TEAM_PAGE, Map.of("from", "2026-11-02", "to", "2026-11-29"));
        String html = x.body();
        assertEquals(200, x.status());
        assertEquals("no-store", x.header("Cache-Control"));
        assertEquals(java.util.List.of("reply-coach-report"), w.renderer.resourceContexts);
        assertTrue(html.contains("<p class=\"rc-period\">2026-11-02 to 2026-11-29</p>"));
        assertTrue(html.contains("<dd data-figure=\"replies\" data-value=\"3\">3</dd>"));
        assertTrue(html.contains("<dd data-figure=\"averageScore\" data-value=\"66.667\">66.7</dd>"));
        assertTrue(html, Pattern.compile("<tr data-agent=\"anna\">\\s*<td data-value=\"Full name of anna\"><a href=\""
                + Pattern.quote("/jira/plugins/servlet/reply-coach/report/agent?user=anna&amp;from=2026-11-02&amp;to=2026-11-29")
                + "\">Full name of anna</a></td>\\s*<td class=\"rc-n\" data-value=\"2\">2</td>").matcher(html).find());
        assertTrue(html.contains("<td data-value=\"Bob Builder\"><a href="));
        // Four weeks, each a bar in the trend chart.
        assertEquals(4, html.split("<rect class=\"bar\"", -1).length - 1);
        assertTrue(html.contains("<tr data-rule=\"avoiding\"><td>Don’t deflect <code>avoiding</code></td>"));
        assertTrue(html.contains("<li data-style=\"collaborating\">"));
        assertTrue(html.contains("href=\"/jira/rest/reply-coach/1.0/reports/team?from=2026-11-02&amp;to=2026-11-29&amp;format=csv\""));
        assertTrue(html.contains("data-text-order=\"The end date is before the start date.\""));
    }

    @Test
    public void belowTheMinimumGroupSizeTheTeamPageShowsANoticeAndNoFigures() throws Exception {
        ReportWorld w = new ReportWorld();
        w.settings.save(1, w.settings.current().toBuilder().minGroupSize(3).build());
        w.loggedInAs(Role.LEAD);
        PageExchange x = w.get(w.teamServlet(), ReportLinks.TEAM_PAGE, Map.of());
        assertEquals(200, x.status());
        assertTrue(x.body(), x.body().contains("Team figures are hidden: this selection covers 2 agent(s), and team figures show from 3 agents"));
        assertFalse(x.body().contains("rc-agents"));
        assertFalse(x.body().contains("data-figure"));
        assertFalse("no CSV link either", x.body().contains("format=csv"));

        // The agent's own page is never hidden.
        w.loggedInAs(Role.AGENT);
        assertTrue(w.get(w.myServlet(), ReportLinks.MY_PAGE, Map.of()).body().contains("<dd data-figure=\"replies\" data-value=\"2\">2</dd>"));
    }

    @Test
    public void myCoachingShowsTheGuidanceOfTheMostFrequentRulesInTheUsersLanguage() throws Exception {
        ReportWorld w = new ReportWorld();
        w.loggedInAs(Role.AGENT);
        String en = w.get(w.myServlet(), ReportLinks.MY_PAGE, Map.of()).body();
        assertTrue(en.contains("<h2>What to work on</h2>"));
        assertTrue(en.contains("<div data-rule=\"excuse\"><dt>No excuses"));
        assertTrue(en.contains("<dd>The customer did not write to hear why it is not our fault."));
        assertTrue(en.contains("href=\"/jira/rest/reply-coach/1.0/reports/me?from=2026-09-05&amp;to=2026-11-27&amp;format=csv\""));
        assertFalse("an agent gets no link to the team report", en.contains("rc-team-link"));

        when(w, java.util.Locale.forLanguageTag("da-DK"));
        String da = w.get(w.myServlet(), ReportLinks.MY_PAGE, Map.of()).body();
        assertTrue(da.contains("<h1>Min coaching</h1>"));
        assertTrue(da.contains("<h2>Det kan du arbejde med</h2>"));
        assertTrue(da, da.contains("<div data-rule=\"excuse\"><dt>Ingen undskyldninger"));
        assertTrue(da.contains("lang=\"da\""));
    }

    private static void when(ReportWorld w, java.util.Locale locale) {
        org.mockito.Mockito.when(w.authentication.getLocale()).thenReturn(locale);
    }

    @Test
    public void aLeadOnAnAgentsPageGetsALinkBackToTheTeamReport() throws Exception {
        ReportWorld w = new ReportWorld();
        w.loggedInAs(Role.LEAD);
        String html = w.get(w.agentServlet(), ReportLinks.AGENT_PAGE, Map.of("user", "bob", "from", "2026-11-01")).body();
        assertTrue(html, html.contains("<a id=\"rc-team-link\" href=\"/jira/plugins/servlet/reply-coach/report?from=2026-11-01&amp;to=2026-11-27\">"));
        assertTrue(html.contains("<title>Coaching: Bob Builder</title>"));
    }

    @Test
    public void badPeriodsAnswer400WithTheMessageAndTheFormAsTyped() throws Exception {
        ReportWorld w = new ReportWorld();
        w.loggedInAs(Role.AGENT);
        PageExchange x = w.get(w.myServlet(), ReportLinks.MY_PAGE, Map.of("from", "2026-12-01", "to", "2026-11-01"));
        assertEquals(400, x.status());
        assertTrue(x.body().contains("The period ends (2026-11-01) before it starts (2026-12-01)."));
        assertTrue(x.body().contains("name=\"from\" value=\"2026-12-01\""));
        assertFalse(x.body().contains("format=csv"));

        PageExchange tooLong = w.get(w.myServlet(), ReportLinks.MY_PAGE, Map.of("from", "2020-01-01"));
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.body().contains("at most 400 days"));

        PageExchange noUser = w.get(w.agentServlet(), ReportLinks.AGENT_PAGE, Map.of());
        assertEquals(400, noUser.status());
        assertTrue(noUser.body().contains("Name the agent"));
    }

    @Test
    public void aRefusedUserSeesWhoMayAndNoFigures() throws Exception {
        ReportWorld w = new ReportWorld();
        w.loggedInAs(Role.AGENT);
        PageExchange x = w.get(w.teamServlet(), ReportLinks.TEAM_PAGE, Map.of());
        assertEquals(403, x.status());
        assertEquals(ReportPages.MESSAGE_TEMPLATE, w.renderer.lastTemplate);
        assertTrue(x.body().contains("Only team leads and Jira administrators can see team coaching reports."));
        assertFalse(x.body().contains("data-figure"));
    }

    @Test
    public void anonymousUsersAreSentToTheLoginPageAndBack() throws Exception {
        ReportWorld w = new ReportWorld();
        w.loggedInAs(Role.ANONYMOUS);
        PageExchange x = w.get(w.agentServlet(), ReportLinks.AGENT_PAGE, Map.of("user", "bob"));
        assertEquals("https://jira.example.com/jira/login.jsp?os_destination="
                + "https%3A%2F%2Fjira.example.com%2Fjira%2Fplugins%2Fservlet%2Freply-coach%2Freport%2Fagent%3Fuser%3Dbob", x.redirect());
        assertEquals(null, w.renderer.lastTemplate);
    }

    /** Every {@code $t.get("...")} in the report templates is a text the page model provides. */
    @Test
    public void everyTextATemplatePlacesIsProvided() throws Exception {
        Set<String> used = new TreeSet<>();
        for (String template : new String[] {"team.vm", "agent.vm", "message.vm"}) {
            String vm = Files.readString(Path.of("src/main/resources/templates/report", template), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\\$t\\.get\\(\"([^\"]+)\"\\)").matcher(vm);
            while (m.find()) {
                used.add("replycoach.report." + m.group(1));
            }
        }
        Set<String> provided = new TreeSet<>(ReportPageModel.TEXTS);
        assertEquals(Set.of(), used.stream().filter(k -> !provided.contains(k)).collect(Collectors.toSet()));
        assertTrue(used.size() > 20);
    }
}
