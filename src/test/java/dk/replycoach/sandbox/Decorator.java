package dk.replycoach.sandbox;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's SiteMesh decoration of plugin servlet pages: an HTML answer whose head says
 * {@code <meta name="decorator" content="atl.general|atl.admin">} loses its own html/head/body
 * wrapper and is put into the Jira frame, with its title, the rest of its head, and the
 * web-resources its template required. Other answers (redirects, JSON, files) pass unchanged.
 */
final class Decorator implements Filter {
    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"\\s+content=\"([^\"]*)\"\\s*/?>");
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern HEAD = Pattern.compile("<head>(.*?)</head>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);
    private static final Pattern META = Pattern.compile("<meta\\s+name=\"([^\"]*)\"\\s+content=\"([^\"]*)\"\\s*/?>");

    private final PageChrome chrome;

    Decorator(PageChrome chrome) {
        this.chrome = chrome;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse resp = (HttpServletResponse) response;
        Sandbox.Buffered buffered = new Sandbox.Buffered(resp);
        chain.doFilter(request, buffered);
        String type = buffered.getContentType();
        String text = buffered.text();
        Matcher decorator = DECORATOR.matcher(text);
        if (type == null || !type.startsWith("text/html") || !decorator.find()) {
            resp.getOutputStream().write(buffered.bytes.toByteArray());
            return;
        }
        Matcher title = TITLE.matcher(text);
        Matcher head = HEAD.matcher(text);
        Matcher body = BODY.matcher(text);
        // The title is already HTML-escaped by the template; the frame escapes what it is given.
        PageChrome.Page page = new PageChrome.Page(title.find() ? unescape(title.group(1).trim()) : "");
        page.admin = "atl.admin".equals(decorator.group(1));
        page.contexts.addAll(WebResources.requestedContexts());
        String headRest = head.find() ? head.group(1) : "";
        Matcher meta = META.matcher(headRest);
        while (meta.find()) {
            if ("admin.active.tab".equals(meta.group(1))) {
                page.activeAdminItem = meta.group(2);
            }
        }
        page.headExtra = TITLE.matcher(META.matcher(headRest).replaceAll("")).replaceAll("").trim() + "\n";
        page.body = body.find() ? body.group(1) : text;
        byte[] out = chrome.render((HttpServletRequest) request, page).getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setContentLength(out.length);
        resp.getOutputStream().write(out);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
