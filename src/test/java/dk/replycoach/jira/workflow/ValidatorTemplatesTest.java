package dk.replycoach.jira.workflow;

import com.opensymphony.workflow.loader.ValidatorDescriptor;
import dk.replycoach.analysis.Messages;
import dk.replycoach.analysis.Severity;
import dk.replycoach.config.InMemorySettings;
import dk.replycoach.config.ValidatorSettings;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.junit.Test;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The validator's templates rendered with the real Velocity 1.6 engine, fed by the real factory (its
 * per-screen methods; the dispatch on the screen name is Jira's).
 * Jira puts {@code $i18n} and {@code $textutils} into the context; stand-ins with the same methods
 * are used here.
 */
public class ValidatorTemplatesTest {

    /** Stand-in for Jira's $i18n (I18nHelper.getText). */
    public static final class I18n {
        private final Messages messages = Messages.forLanguage("en");

        public String getText(String key) {
            return messages.get(key);
        }
    }

    /** Stand-in for Jira's $textutils (com.opensymphony.util.TextUtils.htmlEncode). */
    public static final class TextUtils {
        public String htmlEncode(String s) {
            return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }

    private static String render(String template, Map<String, Object> params) throws Exception {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty("resource.loader", "class");
        engine.setProperty("class.resource.loader.class", "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        engine.setProperty("runtime.references.strict", "true");
        engine.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        engine.init();
        VelocityContext ctx = new VelocityContext(new HashMap<>(params));
        ctx.put("i18n", new I18n());
        ctx.put("textutils", new TextUtils());
        StringWriter out = new StringWriter();
        engine.getTemplate(template, "UTF-8").merge(ctx, out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static ValidatorDescriptor descriptor(Map<String, String> args) {
        ValidatorDescriptor d = new ValidatorDescriptor();
        d.getArgs().putAll(args);
        return d;
    }

    @Test
    public void inputFormShowsTheOptionsWithDefaultsSelected() throws Exception {
        Map<String, Object> params = new HashMap<>();
        new ReplyCheckValidatorFactory(new InMemorySettings()).getVelocityParamsForInput(params);
        String html = render("templates/validator/reply-check-form.vm", params);
        assertTrue(html, html.contains("<option value=\"block\" selected=\"selected\">Block</option>"));
        assertTrue(html, html.contains("Replies to the customer only"));
        assertTrue(html, html.contains("name=\"failMode\""));
    }

    @Test
    public void inputFormStartsFromTheAdminsDefaults() throws Exception {
        InMemorySettings settings = new InMemorySettings();
        settings.save(0, settings.current().toBuilder().validatorDefaults(new ValidatorSettings(
                Severity.WARNING, ValidatorSettings.Scope.ALL, ValidatorSettings.FailMode.CLOSED)).build());
        Map<String, Object> params = new HashMap<>();
        new ReplyCheckValidatorFactory(settings).getVelocityParamsForInput(params);
        String html = render("templates/validator/reply-check-form.vm", params);
        assertTrue(html, html.contains("<option value=\"warning\" selected=\"selected\">"));
        assertTrue(html, html.contains("<option value=\"all\" selected=\"selected\">"));
        assertTrue(html, html.contains("<option value=\"closed\" selected=\"selected\">"));
    }

    @Test
    public void editFormShowsStoredValues() throws Exception {
        Map<String, Object> params = new HashMap<>();
        new ReplyCheckValidatorFactory(new InMemorySettings()).getVelocityParamsForEdit(params,
                descriptor(Map.of("blockAt", "warning", "scope", "all", "failMode", "closed")));
        String html = render("templates/validator/reply-check-form.vm", params);
        assertTrue(html, html.contains("<option value=\"warning\" selected=\"selected\">"));
        assertTrue(html, html.contains("<option value=\"all\" selected=\"selected\">"));
        assertTrue(html, html.contains("<option value=\"closed\" selected=\"selected\">"));
    }

    @Test
    public void viewSummarisesAndNeverEchoesTamperedArguments() throws Exception {
        Map<String, Object> params = new HashMap<>();
        new ReplyCheckValidatorFactory(new InMemorySettings()).getVelocityParamsForView(params,
                descriptor(Map.of("blockAt", "<script>alert(1)</script>", "scope", "all")));
        String html = render("templates/validator/reply-check-view.vm", params);
        assertFalse(html, html.contains("<script>"));
        assertTrue(html, html.contains("All comments, internal notes too"));
        assertTrue(html, html.contains("<b>Block</b>"));
    }

    @Test
    public void textIsEscapedByTheTemplate() throws Exception {
        Map<String, Object> params = new HashMap<>();
        new ReplyCheckValidatorFactory(new InMemorySettings()).getVelocityParamsForInput(params);
        params.put("blockAtOptions", java.util.List.of("<script>x</script>"));
        String html = render("templates/validator/reply-check-form.vm", params);
        assertFalse(html, html.contains("<script>"));
        assertTrue(html, html.contains("&lt;script&gt;x&lt;/script&gt;"));
    }
}
