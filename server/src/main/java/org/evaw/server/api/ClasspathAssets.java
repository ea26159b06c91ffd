package org.evaw.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves a fixed set of files from the classpath (the browser pages and the YASGUI and Chart.js
 * bundles that Maven brings as webjars), by name: nothing outside the set is reachable.
 */
public final class ClasspathAssets extends HttpServlet {
    /** Public name under the servlet's path → classpath resource. */
    private final Map<String, String> assets;

    public ClasspathAssets(Map<String, String> assets) {
        this.assets = Map.copyOf(assets);
    }

    /** The assets of the query pages, at {@code /assets/...}. */
    public static ClasspathAssets queryPages() {
        return new ClasspathAssets(Map.of(
                "yasgui.min.js", "/META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js",
                "yasgui.min.css", "/META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.css",
                "chart.umd.min.js", "/META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js",
                "queries.js", "/org/evaw/server/api/queries.js",
                "editor.js", "/org/evaw/server/api/editor.js",
                "yasgui-labels.js", "/org/evaw/server/api/yasgui-labels.js",
                "search.js", "/org/evaw/server/search/search.js",
                "site.css", "/org/evaw/server/site/site.css"));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        String resource = assets.get(name);
        if (resource == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = ClasspathAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType(name.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : name.endsWith(".css") ? "text/css; charset=utf-8" : "application/octet-stream");
            resp.setHeader("Cache-Control", "public, max-age=86400");
            in.transferTo(resp.getOutputStream());
        }
    }
}
