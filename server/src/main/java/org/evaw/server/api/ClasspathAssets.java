package org.evaw.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves a fixed set of files from the classpath (the browser pages, the YASGUI, Chart.js and d3-geo
 * bundles that Maven brings as webjars, and the map's npm packages that the build copies in), by
 * name: nothing outside the set is reachable.
 */
public final class ClasspathAssets extends HttpServlet {
    /** Public name under the servlet's path → classpath resource. */
    private final Map<String, String> assets;

    public ClasspathAssets(Map<String, String> assets) {
        this.assets = Map.copyOf(assets);
    }

    /** The assets of the query pages, at {@code /assets/...}. */
    public static ClasspathAssets queryPages() {
        return new ClasspathAssets(Map.ofEntries(
                Map.entry("yasgui.min.js", "/META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js"),
                Map.entry("yasgui.min.css", "/META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.css"),
                Map.entry("chart.umd.min.js", "/META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js"),
                Map.entry("queries.js", "/org/evaw/server/api/queries.js"),
                Map.entry("editor.js", "/org/evaw/server/api/editor.js"),
                Map.entry("yasgui-labels.js", "/org/evaw/server/api/yasgui-labels.js"),
                Map.entry("search.js", "/org/evaw/server/search/search.js"),
                Map.entry("site.css", "/org/evaw/server/site/site.css"),
                // The views of an answer on /queries, and what the map draws with: d3-geo (and the
                // d3-array it needs) as webjars, Natural Earth's boundaries (world-atlas) and their
                // decoder (topojson-client) as the npm packages the build copies into the jar.
                Map.entry("views/views.js", "/org/evaw/server/api/views/views.js"),
                Map.entry("views/map.js", "/org/evaw/server/api/views/map.js"),
                Map.entry("views/timeline.js", "/org/evaw/server/api/views/timeline.js"),
                Map.entry("views/d3-array.min.js", "/META-INF/resources/webjars/d3-array/3.2.4/dist/d3-array.min.js"),
                Map.entry("views/d3-geo.min.js", "/META-INF/resources/webjars/d3-geo/3.1.1/dist/d3-geo.min.js"),
                Map.entry("views/topojson-client.min.js", "/org/evaw/server/api/views/vendor/topojson-client.min.js"),
                Map.entry("views/countries-110m.json", "/org/evaw/server/api/views/vendor/countries-110m.json")));
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
                    : name.endsWith(".css") ? "text/css; charset=utf-8"
                    : name.endsWith(".json") ? "application/json" : "application/octet-stream");
            resp.setHeader("Cache-Control", "public, max-age=86400");
            in.transferTo(resp.getOutputStream());
        }
    }
}
