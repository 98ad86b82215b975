package dk.replycoach.sandbox;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import dk.replycoach.jira.admin.Html;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * The Atlassian template renderer with the real Velocity 1.6 engine, reading templates from the
 * plugin's classpath. Like the renderer in Jira it adds a few context objects of its own:
 * {@code $webResourceManager}, {@code $i18n} (the user's language) and {@code $textutils}. Strict
 * references: a template that names something its model lacks fails instead of printing the
 * name, which Jira would print.
 */
public final class VelocityTemplates implements TemplateRenderer {
    private final VelocityEngine engine = new VelocityEngine();
    private final I18nTexts texts;

    /** {@code $i18n} in templates: Jira's I18nHelper as far as our templates use it. */
    public final class I18nStandIn {
        public String getText(String key) {
            return texts.getText(language(), key);
        }

        public String getText(String key, Object arg) {
            return texts.getText(language(), key, arg);
        }
    }

    /** {@code $textutils}: Jira's TextUtils as far as our templates use it. */
    public static final class TextUtilsStandIn {
        public String htmlEncode(String s) {
            return Html.escape(s);
        }
    }

    public VelocityTemplates(I18nTexts texts) {
        this.texts = texts;
        engine.setProperty("resource.loader", "class");
        engine.setProperty("class.resource.loader.class", "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        engine.setProperty("runtime.references.strict", "true");
        engine.setProperty("input.encoding", "UTF-8");
        engine.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        try {
            engine.init();
        } catch (Exception e) {
            throw new IllegalStateException("Velocity", e);
        }
    }

    private static String language() {
        SandboxUsers.User u = SandboxUsers.current();
        return I18nTexts.language(u == null ? null : u.locale());
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, new HashMap<>(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        try {
            engine.getTemplate(templateName, "UTF-8").merge(context(context), writer);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new RenderingException("rendering " + templateName, e);
        }
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(context(context), out, "fragment", fragment);
        } catch (Exception e) {
            throw new RenderingException("rendering a fragment", e);
        }
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }

    private VelocityContext context(Map<String, Object> model) {
        VelocityContext ctx = new VelocityContext(new HashMap<>(model));
        ctx.put("webResourceManager", new WebResources.WebResourceManagerStandIn());
        ctx.put("i18n", new I18nStandIn());
        ctx.put("textutils", new TextUtilsStandIn());
        return ctx;
    }
}
