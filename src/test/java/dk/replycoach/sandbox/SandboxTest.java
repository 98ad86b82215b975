package dk.replycoach.sandbox;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

/**
 * The sandbox's wiring over HTTP, without a browser, so the Maven build notices when a plugin
 * change breaks it (a constructor asking for something new, a web-resource dependency without a
 * stand-in, a template reference). The browser tests (scripts/test-browser) cover the pages in
 * Chromium.
 */
public class SandboxTest {
    private static Sandbox sandbox;
    private static String base;

    @BeforeClass
    public static void start() throws Exception {
        // jQuery and AUI come from node_modules (npm ci); the JavaScript tests install them first.
        assumeTrue("node_modules is not installed", Files.isDirectory(Path.of("node_modules/@atlassian/aui")));
        sandbox = new Sandbox(Path.of("."));
        DemoData.seed(sandbox);
        base = "http://127.0.0.1:" + sandbox.start(0) + "/jira";
    }

    @AfterClass
    public static void stop() throws Exception {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    /** A client per request: each test request on a connection of its own, as independent as a browser's. */
    private static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            b.header("Cookie", SandboxLogin.COOKIE + "=" + user);
        }
        return client().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String user, String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", SandboxLogin.COOKIE + "=" + user)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void listensOnLoopbackOnlyAndSaysItIsReady() throws Exception {
        HttpResponse<String> r = get("/status", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body(), r.body().startsWith("{\"ready\":true,\"reportPages\":["));
    }

    @Test
    public void theIssueViewLoadsThePanelWebResourceWithItsGateModeData() throws Exception {
        HttpResponse<String> r = get("/browse/WEB-1", "agent");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<form id=\"issue-comment-add\""));
        assertTrue(html.contains("WRM._unparsedData[\"dk.replycoach.jira-reply-coach:reply-coach-panel.gate-mode\"]=\"\\\"soft\\\"\";"));
        for (PluginDescriptor.Download d : sandbox.descriptor.webResources().get("dk.replycoach.jira-reply-coach:reply-coach-panel").downloads) {
            String url = "/download/resources/dk.replycoach.jira-reply-coach:reply-coach-panel/" + d.name;
            assertTrue(d.name, html.contains(url));
            assertEquals(d.name, 200, get(url, "agent").statusCode());
        }
    }

    @Test
    public void servedPanelFilesHaveTheirTextsInTheUsersLanguage() throws Exception {
        String js = get("/download/resources/dk.replycoach.jira-reply-coach:reply-coach-panel/reply-coach/reply-draft.js?locale=da", "mette").body();
        String view = get("/download/resources/dk.replycoach.jira-reply-coach:reply-coach-panel/reply-coach/report-view.js?locale=da", "mette").body();
        assertFalse(view.contains("AJS.I18n.getText("));
        assertTrue(view.contains("AJS.format(\"Ikke tjekket: intern note\")"));
        assertTrue(js.contains("define('dk/replycoach/panel/reply-draft'"));
    }

    @Test
    public void theCheckResourceAnswersThroughTheBinding() throws Exception {
        HttpResponse<String> r = post("/rest/reply-coach/1.0/check", "agent", "application/json",
                "{\"text\":\"Jeg forstår din frustration, men det er fandme ikke vores skyld.\",\"issueKey\":\"SD-1\",\"draftId\":\"t1\"}");
        assertEquals(200, r.statusCode());
        assertTrue(r.body(), r.body().contains("\"rule\":\"profanity\",\"severity\":\"block\""));
        assertEquals(401, post("/rest/reply-coach/1.0/check", "nobody", "application/json", "{\"text\":\"x\",\"issueKey\":\"SD-1\"}").statusCode());
        assertEquals(415, post("/rest/reply-coach/1.0/check", "agent", "text/plain", "{}").statusCode());
        assertEquals(404, get("/rest/reply-coach/1.0/nothing", "agent").statusCode());
    }

    @Test
    public void theSettingsPageIsTheRealTemplateInTheAdminFrame() throws Exception {
        HttpResponse<String> admin = get("/plugins/servlet/reply-coach/admin", "admin");
        assertEquals(200, admin.statusCode());
        String html = admin.body();
        assertTrue(html.contains("<title>Reply Coach settings - Jira (Reply Coach sandbox)</title>"));
        assertTrue(html.contains("id=\"rc-settings-form\""));
        assertTrue(html.contains("/download/resources/dk.replycoach.jira-reply-coach:admin-settings-resources/admin-settings.js"));
        assertTrue("the admin side bar from the plugin's web-item", html.contains("class=\"aui-nav-selected\"><a id=\"reply-coach-admin-link\""));
        assertEquals(1, html.split("<html", -1).length - 1);

        assertEquals(403, get("/plugins/servlet/reply-coach/admin", "agent").statusCode());
        HttpResponse<String> anonymous = get("/plugins/servlet/reply-coach/admin", null);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/jira/login.jsp?os_destination="));
    }

    @Test
    public void theTransitionPostRunsTheValidator() throws Exception {
        String id = sandbox.issues.getIssueObject("SD-2").getId().toString();
        String blocked = "action=5&id=" + id + "&inline=true&comment=" + URLEncoder.encode("Shut up, you idiot.", StandardCharsets.UTF_8);
        HttpResponse<String> r = post("/secure/CommentAssignIssue.jspa", "agent", "application/x-www-form-urlencoded", blocked);
        assertEquals(400, r.statusCode());
        assertTrue(r.body(), r.body().contains("<div class=\"error\" data-field=\"comment\">Reply Coach stopped this reply"));
        assertTrue(r.body().contains(">Shut up, you idiot.</textarea>"));
        assertEquals("Waiting for support", sandbox.issues.getIssueObject("SD-2").status());
    }

    @Test
    public void everyContextOfThePluginResolvesToStandIns() {
        WebResources resources = new WebResources(sandbox.descriptor, sandbox.texts, sandbox.injector);
        for (PluginDescriptor.WebResource r : sandbox.descriptor.webResources().values()) {
            assertFalse(r.completeKey, resources.tags(List.copyOf(r.contexts), "/jira", "en").isEmpty());
        }
    }
}
