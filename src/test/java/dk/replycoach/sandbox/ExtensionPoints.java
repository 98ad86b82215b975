package dk.replycoach.sandbox;

import java.util.List;
import java.util.function.Predicate;

/**
 * Where the sandbox grows with the plugin.
 *
 * <h2>Pages of the plugin</h2>
 * Every {@code <servlet>} in atlassian-plugin.xml is mounted at {@code /jira/plugins/servlet/<url-pattern>},
 * built through its {@code @Inject} constructor with the sandbox's stand-ins ({@link Sandbox#services}),
 * and an HTML answer with {@code <meta name="decorator">} gets the Jira frame and the web-resources
 * its template asked for. Every {@code @Path} class in {@code dk.replycoach} answers under
 * {@code /jira/rest/reply-coach/1.0}. So a new page or REST resource needs no sandbox change, unless its
 * constructor asks for a Jira service the sandbox does not have yet: then starting fails and names the
 * type, and {@link Sandbox#services} is where its stand-in goes.
 *
 * <h2>Report pages (team report, agent page, "My coaching")</h2>
 * {@link #REPORT_PAGES} lists them with the URL each is expected at. While the descriptor declares no
 * servlet for a URL, the sandbox shows a placeholder there and {@code /jira/sandbox/status} reports
 * the page as missing, which is how the browser tests know to skip the report tests. When the report
 * servlets land, set each URL here to its {@code <url-pattern>} (if it differs) and the header links,
 * the status and the browser tests switch to the real pages. The seeded demo data (three months of
 * coaching events for several agents, {@link DemoData}) is already in the coaching store they read.
 */
public final class ExtensionPoints {
    private ExtensionPoints() {
    }

    /** A link in the sandbox header, for the users it fits. */
    public static final class NavLink {
        final String id;
        final String path;
        final String label;
        final Predicate<SandboxUsers.User> audience;

        public NavLink(String id, String path, String label, Predicate<SandboxUsers.User> audience) {
            this.id = id;
            this.path = path;
            this.label = label;
            this.audience = audience;
        }

        boolean visibleTo(SandboxUsers.User user) {
            return user != null && audience.test(user);
        }
    }

    /** The report pages: id, URL under /jira, header label, who gets the link. */
    public static final List<NavLink> REPORT_PAGES = List.of(
            new NavLink("team-report", "/plugins/servlet/reply-coach/report", "Coaching report",
                    u -> u.groups().contains(SandboxUsers.LEADS) || u.isAdmin()),
            new NavLink("my-coaching", "/plugins/servlet/reply-coach/my-coaching", "My coaching",
                    SandboxUsers.User::isStaff));
}
