package dk.replycoach.sandbox;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is logged in, for the sandbox only: the cookie {@value #COOKIE} names a sandbox user, and
 * {@code ?as=<username>} on any GET sets it (an empty value logs out) and reloads the page without
 * the parameter. Jira's real login (session, remember-me, SSO) is not part of the plugin and is
 * not imitated; the plugin only ever asks "who is the current user", which this answers.
 */
final class SandboxLogin implements Filter {
    static final String COOKIE = "rc-sandbox-user";

    private final SandboxUsers users;

    SandboxLogin(SandboxUsers users) {
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String as = asParameter(req.getQueryString());
        if (as != null && "GET".equals(req.getMethod())) {
            Cookie c = new Cookie(COOKIE, as);
            c.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
            c.setHttpOnly(true);
            c.setMaxAge(as.isEmpty() ? 0 : -1);
            resp.addCookie(c);
            String rest = withoutAs(req.getQueryString());
            resp.sendRedirect(req.getRequestURI() + (rest.isEmpty() ? "" : "?" + rest));
            return;
        }
        SandboxUsers.User user = null;
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    user = users.byUsername(c.getValue());
                }
            }
        }
        SandboxUsers.loginForThread(user);
        WebResources.resetRequest();
        try {
            chain.doFilter(request, response);
        } finally {
            SandboxUsers.loginForThread(null);
            WebResources.resetRequest();
        }
    }

    private static String asParameter(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.equals("as")) {
                return "";
            }
            if (pair.startsWith("as=")) {
                return URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String withoutAs(String query) {
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (!pair.equals("as") && !pair.startsWith("as=") && !pair.isEmpty()) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
