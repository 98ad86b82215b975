package dk.replycoach.jira.report;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A template renderer that renders with the real Velocity 1.6 engine in strict mode (an undefined
 * reference fails), from the plugin's classpath, the way the template renderer in Jira is given the
 * page's context plus a WebResourceManager.
 */
public final class VelocityPages implements TemplateRenderer {
    private final VelocityEngine engine = new VelocityEngine();
    /** The web-resource contexts the last page asked for. */
    public final List<String> resourceContexts = new ArrayList<>();
    public String lastTemplate;

    /** Stand-in for the WebResourceManager the template renderer puts into the context. */
    public final class WebResources {
        public void requireResourcesForContext(String context) {
            resourceContexts.add(context);
        }
    }

    public VelocityPages() {
        engine.setProperty("resource.loader", "class");
        engine.setProperty("class.resource.loader.class", "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        engine.setProperty("runtime.references.strict", "true");
        engine.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        try {
            engine.init();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            render(template, context, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, new HashMap<>(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        lastTemplate = templateName;
        resourceContexts.clear();
        VelocityContext ctx = new VelocityContext(new HashMap<>(context));
        ctx.put("webResourceManager", new WebResources());
        try {
            engine.getTemplate(templateName, "UTF-8").merge(ctx, writer);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new RenderingException(e);
        }
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        throw new UnsupportedOperationException("pages render whole templates");
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }
}
