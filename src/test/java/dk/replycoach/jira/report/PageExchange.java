package dk.replycoach.jira.report;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** One GET of a page: the request as the servlet container hands it over, and what the servlet answered. */
public final class PageExchange {
    public final HttpServletRequest request = mock(HttpServletRequest.class);
    public final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();
    private final Map<String, String> headers = new HashMap<>();
    private int status = 200;
    private String redirect;

    public PageExchange(String path, Map<String, String> parameters) throws Exception {
        StringBuilder query = new StringBuilder();
        parameters.forEach((k, v) -> query.append(query.length() == 0 ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        when(request.getMethod()).thenReturn("GET");
        when(request.getProtocol()).thenReturn("HTTP/1.1");
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example.com/jira" + path));
        when(request.getQueryString()).thenReturn(query.length() == 0 ? null : query.toString());
        parameters.forEach((k, v) -> when(request.getParameter(k)).thenReturn(v));
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        doAnswer(i -> status = i.getArgument(0)).when(response).setStatus(org.mockito.ArgumentMatchers.anyInt());
        doAnswer(i -> redirect = i.getArgument(0)).when(response).sendRedirect(anyString());
        doAnswer(i -> headers.put(i.getArgument(0), i.getArgument(1))).when(response).setHeader(anyString(), anyString());
    }

    /** "login" for a redirect to the login page, else the status as a number. */
    public String outcome() {
        if (redirect != null) {
            return redirect.contains("/login.jsp") ? "login" : "redirect " + redirect;
        }
        return Integer.toString(status);
    }

    public int status() {
        return status;
    }

    public String redirect() {
        return redirect;
    }

    public String body() {
        return body.toString();
    }

    public String header(String name) {
        return headers.get(name);
    }
}
