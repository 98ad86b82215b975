package dk.replycoach.sandbox;

import com.atlassian.json.marshal.Jsonable;
import com.atlassian.webresource.api.data.WebResourceDataProvider;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Jira's web-resource manager (WRM) for our plugin's web-resources: pages ask for contexts or keys,
 * and get the tags of every web-resource in them, dependencies first, with the data of their
 * {@code <data>} providers (the real provider classes) and the jsI18n transformer applied to the
 * files that declare it. Files are served from the built plugin (the classpath) at Jira's URL
 * form {@code /download/resources/<plugin key>:<module key>/<name>}.
 *
 * <p>Dependencies outside the plugin are what every Jira page already has; the sandbox's page
 * head provides them ({@link PageChrome}). A dependency not listed in {@link #PLATFORM} fails the
 * page, so a new one forces a decision about its stand-in instead of a silently broken page.
 */
public final class WebResources extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Platform web-resources and what stands in for them on every sandbox page. */
    static final Map<String, String> PLATFORM = Map.of(
            "com.atlassian.auiplugin:ajs", "jQuery 3 and AUI 9 from npm; AJS.contextPath from the shim",
            "com.atlassian.auiplugin:dialog2", "AUI 9's Dialog2, in the AUI bundle",
            "com.atlassian.auiplugin:aui-dialog2", "AUI 9's Dialog2, in the AUI bundle",
            "jira.webresources:jira-events", "the shim's jira/util/events, jira/util/events/types and /reasons",
            "com.atlassian.plugins.atlassian-plugins-webresource-plugin:data", "the shim's wrm/data and WRM.data.claim",
            "com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path", "the shim's wrm/context-path");

    private static final ThreadLocal<Set<String>> REQUESTED_CONTEXTS = ThreadLocal.withInitial(LinkedHashSet::new);

    private final transient PluginDescriptor descriptor;
    private final transient I18nTexts texts;
    private final transient Injector injector;

    public WebResources(PluginDescriptor descriptor, I18nTexts texts, Injector injector) {
        this.descriptor = descriptor;
        this.texts = texts;
        this.injector = injector;
    }

    /**
     * What Velocity templates get as {@code $webResourceManager}: the calls our templates make,
     * remembered for this request so the page decorator can put the tags into the page head.
     */
    public static final class WebResourceManagerStandIn {
        public void requireResourcesForContext(String context) {
            REQUESTED_CONTEXTS.get().add(context);
        }
    }

    static Set<String> requestedContexts() {
        return new LinkedHashSet<>(REQUESTED_CONTEXTS.get());
    }

    static void resetRequest() {
        REQUESTED_CONTEXTS.remove();
    }

    /** The tags for the web-resources in these contexts, for a user of this language. */
    public String tags(Collection<String> contexts, String contextPath, String language) {
        Set<String> ordered = new LinkedHashSet<>();
        for (PluginDescriptor.WebResource r : descriptor.webResources().values()) {
            for (String c : r.contexts) {
                if (contexts.contains(c)) {
                    addWithDependencies(r.completeKey, ordered, new LinkedHashSet<>());
                }
            }
        }
        StringBuilder data = new StringBuilder();
        StringBuilder css = new StringBuilder();
        StringBuilder js = new StringBuilder();
        for (String key : ordered) {
            PluginDescriptor.WebResource r = descriptor.webResources().get(key);
            for (Map.Entry<String, String> d : r.data.entrySet()) {
                data.append("WRM._unparsedData[").append(I18nTexts.jsString(key + "." + d.getKey())).append("]=")
                        .append(I18nTexts.jsString(provide(d.getValue()))).append(";\n");
            }
            for (PluginDescriptor.Download d : r.downloads) {
                String url = contextPath + "/download/resources/" + key + "/" + d.name;
                if (d.name.endsWith(".css")) {
                    css.append("<link rel=\"stylesheet\" href=\"").append(url).append("\">\n");
                } else if (d.name.endsWith(".js")) {
                    js.append("<script src=\"").append(url).append(r.jsI18n ? "?locale=" + language : "").append("\"></script>\n");
                }
            }
        }
        String dataScript = data.length() == 0 ? "" : "<script>\n" + data + "</script>\n";
        return dataScript + css + js;
    }

    private void addWithDependencies(String key, Set<String> ordered, Set<String> visiting) {
        if (ordered.contains(key)) {
            return;
        }
        PluginDescriptor.WebResource r = descriptor.webResources().get(key);
        if (r == null) {
            if (PLATFORM.containsKey(key)) {
                return;
            }
            throw new IllegalStateException("web-resource dependency " + key + " has no stand-in in the sandbox:"
                    + " add it to WebResources.PLATFORM and the shim");
        }
        if (!visiting.add(key)) {
            throw new IllegalStateException("web-resource dependency cycle at " + key);
        }
        for (String dep : r.dependencies) {
            addWithDependencies(dep, ordered, visiting);
        }
        ordered.add(key);
    }

    /** Runs a {@code <data>} provider: the real class, built like Spring would build it. */
    private String provide(String providerClass) {
        try {
            Class<?> type = Class.forName(providerClass);
            WebResourceDataProvider provider = (WebResourceDataProvider) injector.build(type);
            Jsonable json = provider.get();
            StringWriter out = new StringWriter();
            json.write(out);
            return out.toString();
        } catch (ClassNotFoundException | IOException e) {
            throw new IllegalStateException("data provider " + providerClass, e);
        }
    }

    /** Serves /download/resources/<complete key>/<name>. */
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        int slash = path.indexOf('/', 1);
        if (slash < 0) {
            resp.sendError(404);
            return;
        }
        PluginDescriptor.WebResource r = descriptor.webResources().get(path.substring(1, slash));
        PluginDescriptor.Download d = r == null ? null : r.download(path.substring(slash + 1));
        if (d == null) {
            resp.sendError(404);
            return;
        }
        byte[] bytes;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(d.location)) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            bytes = in.readAllBytes();
        }
        if (d.name.endsWith(".js") && r.jsI18n) {
            String locale = req.getParameter("locale");
            String language = locale != null ? I18nTexts.language(java.util.Locale.forLanguageTag(locale))
                    : I18nTexts.language(SandboxUsers.current() == null ? null : SandboxUsers.current().locale());
            bytes = texts.transform(new String(bytes, StandardCharsets.UTF_8), language).getBytes(StandardCharsets.UTF_8);
        }
        resp.setContentType(StaticFiles.contentType(d.name));
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(bytes);
    }
}
