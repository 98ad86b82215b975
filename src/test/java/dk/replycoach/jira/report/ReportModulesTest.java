package dk.replycoach.jira.report;

import dk.replycoach.jira.rest.ReportResource;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The descriptor serves the report pages, links and REST at the addresses the pages link to. */
public class ReportModulesTest {
    private static Document descriptor() throws Exception {
        try (InputStream in = ReportModulesTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static Element byKey(Document d, String tag, String key) {
        NodeList nodes = d.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (key.equals(e.getAttribute("key"))) {
                return e;
            }
        }
        throw new AssertionError("no " + tag + " " + key);
    }

    private static String child(Element e, String tag) {
        return e.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    @Test
    public void eachPageIsServedWhereTheLinksPoint() throws Exception {
        Document d = descriptor();
        assertServlet(d, "reply-coach-team-report-servlet", TeamReportServlet.class, ReportLinks.TEAM_PAGE);
        assertServlet(d, "reply-coach-agent-report-servlet", AgentReportServlet.class, ReportLinks.AGENT_PAGE);
        assertServlet(d, "reply-coach-my-coaching-servlet", MyCoachingServlet.class, ReportLinks.MY_PAGE);
    }

    private static void assertServlet(Document d, String key, Class<?> type, String page) {
        Element servlet = byKey(d, "servlet", key);
        assertEquals(type.getName(), servlet.getAttribute("class"));
        assertEquals(page, "/plugins/servlet" + child(servlet, "url-pattern"));
    }

    @Test
    public void theLeadReportIsInTheTopBarForLeadsAndMyCoachingInTheUserMenu() throws Exception {
        Document d = descriptor();
        Element report = byKey(d, "web-item", "reply-coach-report-link");
        assertEquals("system.top.navigation.bar", report.getAttribute("section"));
        assertEquals(ReportLinks.TEAM_PAGE, child(report, "link"));
        assertEquals(LeadCondition.class.getName(), ((Element) report.getElementsByTagName("condition").item(0)).getAttribute("class"));
        Element mine = byKey(d, "web-item", "reply-coach-my-coaching-link");
        assertEquals("system.user.options/personal", mine.getAttribute("section"));
        assertEquals(ReportLinks.MY_PAGE, child(mine, "link"));
    }

    @Test
    public void thePagesLoadTheirScriptAndStyles() throws Exception {
        Element resources = byKey(descriptor(), "web-resource", "report-pages-resources");
        assertEquals("reply-coach-report", child(resources, "context"));
        String team = Files.readString(Path.of("src/main/resources/", TeamReportServlet.TEMPLATE), StandardCharsets.UTF_8);
        assertTrue(team.contains("requireResourcesForContext(\"reply-coach-report\")"));
        String js = Files.readString(Path.of("src/main/resources/js/report-pages.js"), StandardCharsets.UTF_8);
        assertTrue("the page script writes text only", !js.contains("innerHTML") && !js.contains("insertAdjacentHTML")
                && !js.contains("document.write"));
    }

    @Test
    public void theRestResourceIsWhereTheCsvLinksPoint() throws Exception {
        Element rest = byKey(descriptor(), "rest", "reply-coach-rest");
        String base = "/rest" + rest.getAttribute("path") + "/" + rest.getAttribute("version");
        javax.ws.rs.Path path = ReportResource.class.getAnnotation(javax.ws.rs.Path.class);
        assertNotNull(path);
        assertEquals(ReportLinks.REST, base + path.value());
    }
}
