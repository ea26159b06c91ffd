package org.evaw.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.util.StringUtil;
import org.evaw.server.site.SiteChrome;

/**
 * The plain page at {@code /}: what the server publishes and how to query it. A filter, because
 * Fuseki keeps the root servlet for its own 404; every other path passes through.
 */
final class HomePage extends HttpFilter {
    private final String html;

    HomePage(String base, String datasetPath, long timeoutMillis, long maxRows) {
        String template;
        try (var in = HomePage.class.getResourceAsStream("/org/evaw/server/home.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("home page template missing", e);
        }
        this.html = SiteChrome.dress(template)
                .replace("{{base}}", StringUtil.sanitizeXmlString(base))
                .replace("{{endpoint}}", StringUtil.sanitizeXmlString(datasetPath + "/sparql"))
                .replace("{{timeout}}", Long.toString(timeoutMillis / 1000))
                .replace("{{maxRows}}", Long.toString(maxRows));
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean home = path.isEmpty() || path.equals("/") || path.equals("/index.html");
        if (!home || !("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
            chain.doFilter(req, resp);
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
}
