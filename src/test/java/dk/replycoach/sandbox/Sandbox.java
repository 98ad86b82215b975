package dk.replycoach.sandbox;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import dk.replycoach.coaching.CoachingRecorder;
import dk.replycoach.coaching.CoachingReports;
import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.coaching.DraftTracker;
import dk.replycoach.coaching.InMemoryCoachingStore;
import dk.replycoach.config.AnalyzerSource;
import dk.replycoach.config.CheckScope;
import dk.replycoach.config.SettingsRepository;
import dk.replycoach.jira.listener.ReplyCommentListener;
import dk.replycoach.jira.rest.CheckResource;
import dk.replycoach.jira.settings.SettingsAnalyzerSource;
import dk.replycoach.jira.settings.SettingsCheckScope;
import dk.replycoach.jira.settings.SettingsStore;
import dk.replycoach.jira.workflow.BlockRecorder;
import dk.replycoach.jira.workflow.CoachingBlockRecorder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import javax.ws.rs.Path;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The sandbox: a stand-in for Jira that runs the plugin's real classes (REST resources, admin
 * servlet and template, settings store, analyzer, workflow validator, comment listener, coaching
 * recorder and in-memory store) behind Jira's URLs, on 127.0.0.1 only, at {@code /jira} like a
 * development Jira. What stands in for Jira is listed in {@link #services} and in docs/sandbox.md.
 */
public final class Sandbox {
    /** Wherever the plugin's own classes are: the folder or jar that holds CheckResource. */
    private static final String OUR_PACKAGE = "dk/replycoach/";

    final Injector injector = new Injector();
    final SandboxUsers users = new SandboxUsers();
    final SandboxIssues issues = new SandboxIssues();
    final SandboxEvents events = new SandboxEvents();
    final InMemoryCoachingStore coachingStore = new InMemoryCoachingStore();
    final Clock clock = Clock.systemDefaultZone();
    final I18nTexts texts = new I18nTexts();
    final PluginDescriptor descriptor = PluginDescriptor.load();
    private final java.nio.file.Path nodeModules;
    private final List<LifecycleAware> started = new ArrayList<>();
    private final List<String> mountedPlugins = new ArrayList<>();
    private Server server;

    public Sandbox(java.nio.file.Path projectRoot) {
        this.nodeModules = projectRoot.resolve("node_modules");
        services();
    }

    /**
     * Jira's side, as the plugin's constructors ask for it ({@code @ComponentImport}); everything of
     * ours is built from its real class by the {@link Injector}.
     */
    private void services() {
        injector.register(SandboxUsers.class, users);
        injector.register(JiraAuthenticationContext.class, users);
        injector.register(UserManager.class, users);
        injector.register(SandboxIssues.class, issues);
        injector.register(IssueManager.class, issues);
        injector.register(PermissionManager.class, issues);
        injector.register(CommentManager.class, issues);
        injector.register(JsonEntityPropertyManager.class, issues);
        injector.register(EventPublisher.class, events);
        injector.register(PluginSettingsFactory.class, new InMemoryPluginSettings());
        // SAL's login page: the sandbox's user picker, which sends the user back afterwards.
        injector.register(LoginUriProvider.class, returnUri -> URI.create(PageChrome.CONTEXT_PATH + "/login.jsp?os_destination="
                + URLEncoder.encode(returnUri.toString(), StandardCharsets.UTF_8)));
        // WebSudo: an administrator of the sandbox is always in a WebSudo session; asking for the
        // password again is Jira's page, not ours.
        injector.register(WebSudoManager.class, new WebSudoManager() {
            @Override
            public boolean canExecuteRequest(HttpServletRequest request) {
                return true;
            }

            @Override
            public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
                throw new IllegalStateException("the sandbox never asks for WebSudo");
            }
        });
        injector.register(TemplateRenderer.class, new VelocityTemplates(texts));
        injector.register(I18nTexts.class, texts);
        injector.register(Clock.class, clock);

        SettingsStore settings = injector.get(SettingsStore.class);
        injector.register(SettingsRepository.class, settings);
        injector.register(AnalyzerSource.class, injector.get(SettingsAnalyzerSource.class));
        injector.register(CheckScope.class, injector.get(SettingsCheckScope.class));
        injector.register(CoachingStore.class, coachingStore);
        injector.register(CoachingRecorder.class, new CoachingRecorder(coachingStore, clock, new DraftTracker(clock)));
        injector.register(CoachingReports.class, new CoachingReports(coachingStore));
        injector.register(BlockRecorder.class, injector.get(CoachingBlockRecorder.class));
        // Display names for the reports come from SAL's user profiles, as in Jira.
        injector.register(dk.replycoach.report.AgentNames.class, injector.get(dk.replycoach.jira.report.JiraAgentNames.class));
    }

    /** SAL's global plugin settings in a map (the settings store keeps its JSON and version there). */
    static final class InMemoryPluginSettings implements PluginSettingsFactory, PluginSettings {
        private final Map<String, Object> values = new ConcurrentHashMap<>();

        @Override
        public PluginSettings createSettingsForKey(String key) {
            throw new UnsupportedOperationException("the plugin uses global settings only");
        }

        @Override
        public PluginSettings createGlobalSettings() {
            return this;
        }

        @Override
        public Object get(String key) {
            return values.get(key);
        }

        @Override
        public Object put(String key, Object value) {
            if (!(value instanceof String || value instanceof List || value instanceof Properties || value instanceof Map)) {
                throw new IllegalArgumentException("SAL stores String, List, Properties or Map, not " + value.getClass());
            }
            return values.put(key, value);
        }

        @Override
        public Object remove(String key) {
            return values.remove(key);
        }
    }

    /** Starts on 127.0.0.1:port (0: any free port); returns the port. */
    public int start(int port) throws Exception {
        ReplyCommentListener listener = injector.get(ReplyCommentListener.class);
        listener.onStart();
        started.add(listener);

        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler jira = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        jira.setContextPath(PageChrome.CONTEXT_PATH);
        List<ExtensionPoints.NavLink> nav = new ArrayList<>(ExtensionPoints.REPORT_PAGES);
        WebResources webResources = new WebResources(descriptor, texts, injector);
        PageChrome chrome = new PageChrome(webResources, users, descriptor, texts, nav);

        jira.addFilter(new FilterHolder(new SandboxLogin(users)), "/*", EnumSet.of(DispatcherType.REQUEST));
        jira.addFilter(new FilterHolder(new Decorator(chrome)), "/plugins/servlet/*", EnumSet.of(DispatcherType.REQUEST));

        RestBinding rest = new RestBinding();
        for (Class<?> resource : restResources()) {
            rest.bind(injector.get(resource));
        }
        jira.addServlet(new ServletHolder(rest), "/rest/reply-coach/1.0/*");
        jira.addServlet(new ServletHolder(webResources), "/download/resources/*");
        jira.addServlet(new ServletHolder(new StaticFiles(nodeModules)), "/sandbox/*");
        IssuePages pages = new IssuePages(this, chrome);
        jira.addServlet(new ServletHolder(pages), "/browse/*");
        jira.addServlet(new ServletHolder(pages), "/secure/*");
        SandboxPages own = new SandboxPages(this, chrome);
        jira.addServlet(new ServletHolder(own), "/login.jsp");
        jira.addServlet(new ServletHolder(own), "/status");
        jira.addServlet(new ServletHolder(own), "");

        for (PluginDescriptor.ServletModule module : descriptor.servlets()) {
            HttpServlet servlet = (HttpServlet) injector.build(Class.forName(module.className));
            for (String pattern : module.urlPatterns) {
                jira.addServlet(new ServletHolder(module.key, servlet), "/plugins/servlet" + pattern);
                mountedPlugins.add("/plugins/servlet" + pattern);
            }
        }
        for (ExtensionPoints.NavLink report : ExtensionPoints.REPORT_PAGES) {
            if (!mountedPlugins.contains(report.path)) {
                jira.addServlet(new ServletHolder(new SandboxPages.Placeholder(chrome, report)), report.path);
            }
        }

        ServletContextHandler root = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        root.setContextPath("/");
        root.addServlet(new ServletHolder(new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                // Only the bare host goes to Jira; a URL that forgot the context path is a 404, as in Jira.
                if ("/".equals(req.getRequestURI())) {
                    resp.sendRedirect(PageChrome.CONTEXT_PATH + "/");
                } else {
                    resp.sendError(404);
                }
            }
        }), "/");
        ContextHandlerCollection contexts = new ContextHandlerCollection();
        contexts.addHandler(jira);
        contexts.addHandler(root);
        server.setHandler(contexts);
        server.setStopAtShutdown(true);
        server.start();
        return connector.getLocalPort();
    }

    /** The report pages whose real servlet is mounted (see {@link ExtensionPoints#REPORT_PAGES}). */
    List<String> mountedReportPages() {
        List<String> out = new ArrayList<>();
        for (ExtensionPoints.NavLink report : ExtensionPoints.REPORT_PAGES) {
            if (mountedPlugins.contains(report.path)) {
                out.add(report.id);
            }
        }
        return out;
    }

    public void stop() throws Exception {
        for (LifecycleAware l : started) {
            l.onStop();
        }
        if (server != null) {
            server.stop();
        }
    }

    /** Every {@code @Path} class of ours, as the REST plugin's package scan finds them. */
    static List<Class<?>> restResources() throws IOException, URISyntaxException {
        java.nio.file.Path classes = java.nio.file.Path.of(CheckResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        if (!Files.isDirectory(classes)) {
            out.add(CheckResource.class);
            return out;
        }
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve(OUR_PACKAGE))) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files.sorted()::iterator) {
                String rel = classes.relativize(f).toString().replace('\\', '/');
                if (!rel.endsWith(".class") || rel.contains("$")) {
                    continue;
                }
                try {
                    Class<?> c = Class.forName(rel.substring(0, rel.length() - 6).replace('/', '.'), false, Sandbox.class.getClassLoader());
                    if (c.isAnnotationPresent(Path.class)) {
                        out.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // Not loadable outside Jira (an optional Jira API): not a resource the sandbox can serve.
                }
            }
        }
        return out;
    }

    /** A response that the decorator can read back before anything reaches the browser. */
    static final class Buffered extends HttpServletResponseWrapper {
        final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private java.io.PrintWriter writer;
        private javax.servlet.ServletOutputStream stream;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public java.io.PrintWriter getWriter() {
            if (writer == null) {
                writer = new java.io.PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public javax.servlet.ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new javax.servlet.ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(javax.servlet.WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }
                };
            }
            return stream;
        }

        String text() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
