package dk.replycoach.sandbox;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A thin HTTP binding for the plugin's REST resources under {@code /rest/reply-coach/1.0}: it
 * stands in for Jira's REST plugin (Jersey) as far as our resources use it. It matches
 * {@code @Path} (literal segments and {@code {name}} templates) and the HTTP method annotation,
 * answers 415 where {@code @Consumes} does not fit, fills {@code @HeaderParam},
 * {@code @QueryParam}, {@code @PathParam} and the body stream, calls the real resource method and
 * writes the {@link Response} it returns. Anything else on a parameter fails loudly, so a resource
 * that needs more of JAX-RS shows it at once.
 */
final class RestBinding extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient List<Route> routes = new ArrayList<>();

    private static final class Route {
        final Object resource;
        final Method method;
        final String httpMethod;
        final Pattern path;
        final List<String> names;
        final String[] consumes;

        Route(Object resource, Method method, String httpMethod, String template, String[] consumes) {
            this.resource = resource;
            this.method = method;
            this.httpMethod = httpMethod;
            this.consumes = consumes;
            this.names = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([A-Za-z0-9_]+)(?::[^}]*)?}").matcher(template);
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
                names.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(template.substring(last)));
            this.path = Pattern.compile(regex.toString());
        }
    }

    /** Binds every resource method of a {@code @Path} class instance. */
    void bind(Object resource) {
        Class<?> type = resource.getClass();
        Path classPath = type.getAnnotation(Path.class);
        if (classPath == null) {
            throw new IllegalArgumentException(type.getName() + " is not a REST resource");
        }
        for (Method m : type.getMethods()) {
            String http = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                    : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
            if (http == null) {
                continue;
            }
            Path methodPath = m.getAnnotation(Path.class);
            Consumes consumes = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class) : type.getAnnotation(Consumes.class);
            routes.add(new Route(resource, m, http, join(classPath.value(), methodPath == null ? "" : methodPath.value()),
                    consumes == null ? null : consumes.value()));
        }
    }

    private static String join(String a, String b) {
        String s = "/" + a + "/" + b;
        s = s.replaceAll("/+", "/");
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        boolean pathKnown = false;
        for (Route r : routes) {
            Matcher m = r.path.matcher(path);
            if (!m.matches()) {
                continue;
            }
            pathKnown = true;
            if (!r.httpMethod.equals(req.getMethod())) {
                continue;
            }
            if (r.consumes != null && req.getContentType() != null && !fits(r.consumes, req.getContentType())
                    || r.consumes != null && req.getContentType() == null && !"GET".equals(req.getMethod())) {
                drain(req);
                resp.setStatus(415);
                return;
            }
            Map<String, String> pathParams = new HashMap<>();
            for (int i = 0; i < r.names.size(); i++) {
                pathParams.put(r.names.get(i), URLDecoder.decode(m.group(i + 1), StandardCharsets.UTF_8));
            }
            write(invoke(r, req, pathParams), r, resp);
            return;
        }
        drain(req);
        resp.setStatus(pathKnown ? 405 : 404);
    }

    /**
     * Reads a body nobody wanted, so the connection stays usable: a client that reuses it after an
     * early answer would otherwise find it closed.
     */
    private static void drain(HttpServletRequest req) throws IOException {
        InputStream in = req.getInputStream();
        byte[] buffer = new byte[8192];
        long left = 2L * 1024 * 1024;
        int n;
        while (left > 0 && (n = in.read(buffer)) > 0) {
            left -= n;
        }
    }

    private static boolean fits(String[] consumes, String contentType) {
        String type = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        for (String c : consumes) {
            if (c.equalsIgnoreCase(type) || "*/*".equals(c)) {
                return true;
            }
        }
        return false;
    }

    private static Response invoke(Route r, HttpServletRequest req, Map<String, String> pathParams) throws IOException {
        Class<?>[] types = r.method.getParameterTypes();
        Annotation[][] annotations = r.method.getParameterAnnotations();
        Object[] args = new Object[types.length];
        Map<String, String> query = query(req.getQueryString());
        for (int i = 0; i < types.length; i++) {
            Annotation a = annotations[i].length == 0 ? null : annotations[i][0];
            if (a instanceof HeaderParam) {
                args[i] = req.getHeader(((HeaderParam) a).value());
            } else if (a instanceof QueryParam) {
                args[i] = query.get(((QueryParam) a).value());
            } else if (a instanceof PathParam) {
                args[i] = pathParams.get(((PathParam) a).value());
            } else if (a == null && types[i] == InputStream.class) {
                args[i] = req.getInputStream();
            } else {
                throw new IllegalStateException("the sandbox REST binding cannot fill parameter " + i + " of " + r.method
                        + ": extend RestBinding");
            }
            if (args[i] != null && types[i] != String.class && types[i] != InputStream.class) {
                throw new IllegalStateException("only String parameters are bound: " + r.method);
            }
        }
        try {
            return (Response) r.method.invoke(r.resource, args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("REST method " + r.method.getName() + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Query parameters from the query string only: a form body is never read as parameters. */
    private static Map<String, String> query(String qs) {
        Map<String, String> out = new HashMap<>();
        if (qs == null) {
            return out;
        }
        for (String pair : qs.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.putIfAbsent(k, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void write(Response r, Route route, HttpServletResponse resp) throws IOException {
        resp.setStatus(r.getStatus());
        boolean typed = false;
        for (Map.Entry<String, List<Object>> h : r.getMetadata().entrySet()) {
            for (Object v : h.getValue()) {
                resp.addHeader(h.getKey(), String.valueOf(v));
                typed |= "Content-Type".equalsIgnoreCase(h.getKey());
            }
        }
        Object entity = r.getEntity();
        if (entity == null) {
            return;
        }
        if (!typed) {
            Produces p = route.method.isAnnotationPresent(Produces.class) ? route.method.getAnnotation(Produces.class)
                    : route.resource.getClass().getAnnotation(Produces.class);
            resp.setContentType(p == null ? "application/octet-stream" : p.value()[0]);
        }
        byte[] bytes = entity instanceof byte[] ? (byte[]) entity : entity.toString().getBytes(StandardCharsets.UTF_8);
        if (resp.getContentType() != null && !resp.getContentType().toLowerCase(Locale.ROOT).contains("charset")
                && entity instanceof String) {
            resp.setCharacterEncoding("UTF-8");
        }
        resp.getOutputStream().write(bytes);
    }
}
