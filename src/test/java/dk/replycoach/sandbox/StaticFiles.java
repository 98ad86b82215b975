package dk.replycoach.sandbox;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files the sandbox itself serves: its shim and page styles from the test classpath
 * ({@code sandbox/}), and jQuery and AUI from the project's node_modules (installed by
 * {@code npm ci} from package-lock.json, as for the panel's tests).
 */
final class StaticFiles extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Path nodeModules;

    StaticFiles(Path nodeModules) {
        this.nodeModules = nodeModules;
        if (!Files.isRegularFile(nodeModules.resolve("jquery/dist/jquery.min.js"))
                || !Files.isRegularFile(nodeModules.resolve("@atlassian/aui/dist/aui/aui-prototyping.js"))) {
            throw new IllegalStateException("jQuery and AUI are missing from " + nodeModules.toAbsolutePath()
                    + ": run npm ci in the project folder");
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.contains("..") || path.contains("\\")) {
            resp.sendError(404);
            return;
        }
        byte[] bytes = null;
        if (path.startsWith("/vendor/jquery/")) {
            bytes = file(nodeModules.resolve("jquery/dist").resolve(path.substring("/vendor/jquery/".length())));
        } else if (path.startsWith("/vendor/aui/")) {
            bytes = file(nodeModules.resolve("@atlassian/aui/dist/aui").resolve(path.substring("/vendor/aui/".length())));
        } else if (path.startsWith("/static/")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("sandbox/" + path.substring("/static/".length()))) {
                bytes = in == null ? null : in.readAllBytes();
            }
        }
        if (bytes == null) {
            resp.sendError(404);
            return;
        }
        resp.setContentType(contentType(path));
        resp.setHeader("Cache-Control", path.startsWith("/vendor/") ? "max-age=3600" : "no-store");
        resp.getOutputStream().write(bytes);
    }

    private static byte[] file(Path p) throws IOException {
        return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
    }

    static String contentType(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".js")) {
            return "application/javascript;charset=UTF-8";
        }
        if (n.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (n.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (n.endsWith(".png")) {
            return "image/png";
        }
        if (n.endsWith(".woff2")) {
            return "font/woff2";
        }
        if (n.endsWith(".woff")) {
            return "font/woff";
        }
        if (n.endsWith(".ttf")) {
            return "font/ttf";
        }
        if (n.endsWith(".json")) {
            return "application/json;charset=UTF-8";
        }
        return "application/octet-stream";
    }
}
