package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Compile-only surrogate. Source: com.atlassian.templaterenderer.TemplateRenderer (atlassian-template-renderer
 * API source in public repositories), jira-dc-reference.md C.5. The renderer adds an I18nResolver and
 * the WebResourceManager to the context.
 */
public interface TemplateRenderer {
    void render(String templateName, Writer writer) throws RenderingException, IOException;

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;

    String renderFragment(String fragment, Map<String, Object> context) throws RenderingException;

    boolean resolve(String templateName);
}
