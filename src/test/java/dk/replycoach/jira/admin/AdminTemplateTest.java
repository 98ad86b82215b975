package dk.replycoach.jira.admin;

import dk.replycoach.analysis.Messages;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.config.AdminSettings;
import dk.replycoach.config.FieldError;
import dk.replycoach.config.ProjectScope;
import dk.replycoach.config.SettingsJson;
import dk.replycoach.config.SettingsResult;
import dk.replycoach.config.SettingsValidation;
import dk.replycoach.json.JsonParser;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.junit.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The settings page templates rendered with the real Velocity 1.6 engine in strict mode (an
 * undefined reference fails the test), fed by the real page model.
 */
public class AdminTemplateTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    /** Stand-in for the WebResourceManager the template renderer puts into the context. */
    public static final class WebResources {
        final List<String> contexts = new ArrayList<>();

        public void requireResourcesForContext(String context) {
            contexts.add(context);
        }
    }

    private static String render(String template, Map<String, Object> model, WebResources resources) throws Exception {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty("resource.loader", "class");
        engine.setProperty("class.resource.loader.class", "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        engine.setProperty("runtime.references.strict", "true");
        engine.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        engine.init();
        VelocityContext ctx = new VelocityContext(new java.util.HashMap<>(model));
        ctx.put("webResourceManager", resources);
        StringWriter out = new StringWriter();
        engine.getTemplate(template, "UTF-8").merge(ctx, out);
        return out.toString();
    }

    private static AdminSettings hostile() {
        return AdminSettings.defaults().toBuilder()
                .extraPhrase("da", PhraseCategory.EXCUSE, SCRIPT)
                .extraPhrase("en", PhraseCategory.BLAME, "\"><img src=x onerror=alert(2)>")
                .ignorePhrase("en", SCRIPT)
                .projectScope(ProjectScope.only(List.of("SUP", SCRIPT)))
                .leadGroup(SCRIPT).leadGroup("team 'leads' & co")
                .enabled("shouting", false)
                .severity("no-but", Severity.BLOCK)
                .parameter("brief-information", "maxWords", 150)
                .build();
    }

    private static String page(AdminSettings s, String lang, String contextPath) throws Exception {
        return render(AdminPageServlet.TEMPLATE, AdminPageModel.of(s, Messages.forLanguage(lang), contextPath, Map.of()), new WebResources());
    }

    @Test
    public void userInputIsEscapedEverywhere() throws Exception {
        String html = page(hostile(), "en", "/jira\"><script>alert(3)</script>");
        assertFalse(html, html.contains("<script"));
        assertFalse(html, html.contains("<img"));
        assertTrue(html.contains("data-field=\"phrases.da.excuse\" data-lines=\"phrases\" data-language=\"da\" data-category=\"excuse\">"
                + ESCAPED + "</textarea>"));
        assertTrue(html.contains("data-field=\"ignoredPhrases.en\" data-lines=\"ignored\" data-language=\"en\">" + ESCAPED + "</textarea>"));
        assertTrue(html.contains("data-field=\"projectScope.keys\">SUP\n" + ESCAPED + "</textarea>"));
        assertTrue(html.contains("data-field=\"leadGroups\">" + ESCAPED + "\nteam &#39;leads&#39; &amp; co</textarea>"));
        assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
        assertTrue(html.contains("data-rest=\"/jira&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;/rest/reply-coach/1.0/settings\""));
    }

    @Test
    public void thePageShowsTheSettingsInForce() throws Exception {
        String html = page(hostile().withVersion(12), "en", "/jira");
        assertTrue(html.contains("data-version=\"12\""));
        assertTrue(html.contains("id=\"rc-shouting-enabled\" data-field=\"rules.shouting.enabled\" aria-label=\"On: No shouting\"/>"));
        assertTrue(html.contains("id=\"rc-acknowledge-enabled\" data-field=\"rules.acknowledge.enabled\" aria-label=\"On: Acknowledge the customer\" checked=\"checked\"/>"));
        assertTrue(Pattern.compile("data-field=\"rules.no-but.severity\"[^>]*>\\s*<option value=\"info\">Info</option>\\s*<option value=\"warning\">Warning</option>\\s*"
                + "<option value=\"block\" selected=\"selected\">Block</option>").matcher(html).find());
        assertTrue(html.contains("data-field=\"rules.brief-information.maxWords\" data-number=\"true\" min=\"10\" max=\"5000\" step=\"any\" value=\"150\""));
        assertTrue(html.contains("id=\"rc-scope-listed\" value=\"listed\" checked=\"checked\"/>"));
        assertTrue(html.contains("<option value=\"soft\" selected=\"selected\">Warn; the agent can send anyway</option>"));
        assertTrue(html.contains("value=\"365\""));
        assertTrue(html.contains("data-text-saved=\"Saved (version {0}).\""));
        assertTrue(html.contains("<meta name=\"decorator\" content=\"atl.admin\"/>"));
    }

    @Test
    public void eachRuleShowsItsNotHelpfulRateOrThatItIsUnavailable() throws Exception {
        Map<String, dk.replycoach.coaching.RuleFeedback> feedback = Map.of(
                "no-but", new dk.replycoach.coaching.RuleFeedback("no-but", 3, 12));
        String html = render(AdminPageServlet.TEMPLATE, AdminPageModel.of(AdminSettings.defaults(), Messages.forLanguage("da"), "", feedback),
                new WebResources());
        assertTrue(html, html.contains("<td class=\"rc-not-helpful\" data-rule-feedback=\"no-but\">25\u00a0% (3 af 12)</td>"));
        assertTrue(html.contains("<td class=\"rc-not-helpful\" data-rule-feedback=\"shouting\">–</td>"));
        assertTrue(html.contains(">Ikke nyttig (90 dage)</th>"));
        String unavailable = render(AdminPageServlet.TEMPLATE, AdminPageModel.of(AdminSettings.defaults(), Messages.forLanguage("en"), "", null),
                new WebResources());
        assertTrue(unavailable.contains("data-rule-feedback=\"no-but\">Not available right now</td>"));
    }

    @Test
    public void thePageLoadsItsWebResources() throws Exception {
        WebResources resources = new WebResources();
        render(AdminPageServlet.TEMPLATE, AdminPageModel.of(AdminSettings.defaults(), Messages.forLanguage("en"), "", Map.of()), resources);
        assertEquals(List.of("reply-coach-admin"), resources.contexts);
    }

    @Test
    public void thePageIsInDanish() throws Exception {
        String html = page(AdminSettings.defaults(), "da", "");
        assertTrue(html.contains("<title>Indstillinger for Reply Coach</title>"));
        assertTrue(html.contains("lang=\"da\""));
        assertTrue(html.contains(">Bortforklaringer</label>"));
        assertFalse(html.contains("replycoach.admin."));
        assertFalse(page(AdminSettings.defaults(), "en", "").contains("replycoach.admin."));
    }

    /** Every input names a path the validation reports errors at, and has a place to show them. */
    @Test
    @SuppressWarnings("unchecked")
    public void everyFieldHasItsErrorPlaceAndAPathValidationUses() throws Exception {
        String html = page(AdminSettings.defaults(), "en", "");
        Set<String> fields = attributes(html, "data-field");
        Set<String> holders = attributes(html, "data-error-for");
        assertTrue(fields.size() > 100);
        for (String field : fields) {
            assertTrue("no error place for " + field, holders.contains(field));
            Map<String, Object> tree = (Map<String, Object>) JsonParser.parse(SettingsJson.write(AdminSettings.defaults()));
            put(tree, field, Map.of("wrong", List.of()));
            SettingsResult r = SettingsValidation.read(tree, "", SettingsValidation.VersionPolicy.REQUIRED);
            assertFalse(field, r.isValid());
            assertTrue(field + " got " + r.errors(), r.errors().stream().map(FieldError::field).anyMatch(field::equals));
        }
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> m = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            m = (Map<String, Object>) m.computeIfAbsent(parts[i], k -> new java.util.LinkedHashMap<String, Object>());
        }
        m.put(parts[parts.length - 1], value);
    }

    private static Set<String> attributes(String html, String name) {
        Set<String> values = new LinkedHashSet<>();
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    @Test
    public void theForbiddenPageRenders() throws Exception {
        String html = render(AdminPageServlet.FORBIDDEN_TEMPLATE, AdminPageModel.forbidden(Messages.forLanguage("en")), new WebResources());
        assertTrue(html.contains("Only Jira administrators can see and change the Reply Coach settings."));
        assertFalse(html.contains("data-field"));
    }
}
