package dk.replycoach.sandbox;

import dk.replycoach.jira.admin.Html;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Jira page around every sandbox page, as Jira's decorators (atl.general, atl.admin) put it
 * around a plugin's content: the page head with what every Jira page loads (jQuery, AUI, and the
 * shim standing in for Jira's AMD loader, events and WRM), the tags of the web-resources the page
 * asked for, the header, and for admin pages the admin side bar built from the plugin's web-items.
 * Everything here that is not our plugin's markup is the sandbox's own.
 */
final class PageChrome {
    static final String CONTEXT_PATH = "/jira";

    private final WebResources webResources;
    private final SandboxUsers users;
    private final PluginDescriptor descriptor;
    private final I18nTexts texts;
    private final List<ExtensionPoints.NavLink> navLinks;

    /** What goes into the frame. */
    static final class Page {
        String title = "";
        final Set<String> contexts = new LinkedHashSet<>();
        String headExtra = "";
        String body = "";
        boolean admin;
        /** For admin pages: the web-item link id to highlight. */
        String activeAdminItem = "";
        String bodyClass = "";

        Page(String title) {
            this.title = title;
            contexts.add("atl.general");
        }
    }

    PageChrome(WebResources webResources, SandboxUsers users, PluginDescriptor descriptor, I18nTexts texts,
               List<ExtensionPoints.NavLink> navLinks) {
        this.webResources = webResources;
        this.users = users;
        this.descriptor = descriptor;
        this.texts = texts;
        this.navLinks = navLinks;
    }

    void write(HttpServletRequest req, HttpServletResponse resp, Page page) throws IOException {
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        PrintWriter out = resp.getWriter();
        out.write(render(req, page));
    }

    String render(HttpServletRequest req, Page page) {
        SandboxUsers.User me = SandboxUsers.current();
        String language = I18nTexts.language(me == null ? null : me.locale());
        if (page.admin) {
            page.contexts.add("atl.admin");
        }
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(language).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(Html.escape(page.title)).append(" - Jira (Reply Coach sandbox)</title>\n")
                .append("<meta name=\"ajs-context-path\" content=\"").append(CONTEXT_PATH).append("\">\n")
                .append("<meta name=\"ajs-remote-user\" content=\"").append(me == null ? "" : Html.escape(me.getUsername())).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(CONTEXT_PATH).append("/sandbox/vendor/aui/aui-prototyping.css\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(CONTEXT_PATH).append("/sandbox/static/sandbox.css\">\n")
                // jQuery, then WRM's part (AUI takes AJS.contextPath over from it), then AUI, then
                // the AMD loader: AUI's bundle is UMD and would register itself anonymously with an
                // AMD loader that is already there.
                .append("<script src=\"").append(CONTEXT_PATH).append("/sandbox/vendor/jquery/jquery.min.js\"></script>\n")
                .append("<script src=\"").append(CONTEXT_PATH).append("/sandbox/static/wrm-shim.js\"></script>\n")
                .append("<script src=\"").append(CONTEXT_PATH).append("/sandbox/vendor/aui/aui-prototyping.js\"></script>\n")
                .append("<script src=\"").append(CONTEXT_PATH).append("/sandbox/static/jira-shim.js\"></script>\n")
                .append(webResources.tags(page.contexts, CONTEXT_PATH, language))
                .append(page.headExtra)
                .append("</head>\n<body class=\"aui-layout aui-theme-default ").append(Html.escape(page.bodyClass)).append("\">\n")
                .append("<div id=\"page\">\n");
        header(b, req, me);
        b.append("<section id=\"content\" role=\"main\">\n");
        if (page.admin) {
            b.append("<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">\n")
                    .append("<div class=\"aui-page-panel-nav\">");
            adminNav(b, page.activeAdminItem, language);
            b.append("</div>\n<section class=\"aui-page-panel-content\">\n").append(page.body)
                    .append("\n</section></div></div>\n");
        } else {
            b.append(page.body);
        }
        b.append("</section>\n<footer id=\"footer\" class=\"sandbox-footer\">Reply Coach sandbox: a stand-in for Jira that runs the plugin's real code.")
                .append(" Not Jira.</footer>\n</div>\n</body>\n</html>\n");
        return b.toString();
    }

    private void header(StringBuilder b, HttpServletRequest req, SandboxUsers.User me) {
        b.append("<header id=\"header\" role=\"banner\"><nav class=\"aui-header\" aria-label=\"Site\"><div class=\"aui-header-inner\">")
                .append("<div class=\"aui-header-primary\"><span id=\"logo\" class=\"aui-header-logo aui-header-logo-textonly\">")
                .append("<a href=\"").append(CONTEXT_PATH).append("/\"><span class=\"aui-header-logo-device\">Jira</span></a></span>")
                .append("<span class=\"aui-lozenge aui-lozenge-subtle sandbox-badge\">sandbox</span>")
                .append("<ul class=\"aui-nav\">")
                .append("<li><a href=\"").append(CONTEXT_PATH).append("/\">Issues</a></li>");
        for (ExtensionPoints.NavLink link : navLinks) {
            if (link.visibleTo(me)) {
                b.append("<li><a href=\"").append(CONTEXT_PATH).append(Html.escape(link.path)).append("\">")
                        .append(Html.escape(link.label)).append("</a></li>");
            }
        }
        if (me != null && me.isAdmin()) {
            b.append("<li><a id=\"admin-menu-link\" href=\"").append(CONTEXT_PATH).append("/plugins/servlet/reply-coach/admin\">Administration</a></li>");
        }
        b.append("</ul></div><div class=\"aui-header-secondary\"><ul class=\"aui-nav\"><li>")
                .append("<form class=\"aui sandbox-user-switch\" method=\"get\" action=\"").append(Html.escape(requestPath(req))).append("\">")
                .append("<label for=\"sandbox-as\">Logged in as</label> <select id=\"sandbox-as\" name=\"as\" class=\"select\">")
                .append("<option value=\"\"").append(me == null ? " selected" : "").append(">(anonymous)</option>");
        for (SandboxUsers.User u : users.all()) {
            b.append("<option value=\"").append(Html.escape(u.getUsername())).append("\"")
                    .append(me != null && me.getKey().equals(u.getKey()) ? " selected" : "").append(">")
                    .append(Html.escape(u.getDisplayName())).append(" (").append(Html.escape(u.role())).append(")</option>");
        }
        b.append("</select> <button class=\"aui-button aui-button-subtle\" type=\"submit\">Switch</button></form>")
                .append("</li></ul></div></div></nav></header>\n");
    }

    private void adminNav(StringBuilder b, String activeLinkId, String language) {
        b.append("<nav class=\"aui-navgroup aui-navgroup-vertical\" aria-label=\"Administration\"><div class=\"aui-navgroup-inner\">")
                .append("<div class=\"aui-nav-heading\"><strong>Manage apps</strong></div><ul class=\"aui-nav\">");
        for (PluginDescriptor.WebItem item : descriptor.webItems()) {
            if (!item.section.startsWith("admin_plugins_menu")) {
                continue;
            }
            boolean active = item.linkId.equals(activeLinkId) || item.key.equals(activeLinkId);
            b.append("<li").append(active ? " class=\"aui-nav-selected\"" : "").append("><a id=\"").append(Html.escape(item.linkId))
                    .append("\" href=\"").append(CONTEXT_PATH).append(Html.escape(item.link)).append("\">")
                    .append(Html.escape(texts.getText(language, item.labelKey))).append("</a></li>");
        }
        b.append("</ul></div></nav>");
    }

    static String requestPath(HttpServletRequest req) {
        return req.getRequestURI();
    }

    /** A page of sandbox text inside the frame: a heading and paragraphs that are already HTML. */
    static String panel(String heading, String html) {
        return "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content\">"
                + "<h1>" + Html.escape(heading) + "</h1>" + html + "</section></div></div>";
    }
}
