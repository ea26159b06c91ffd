package org.evaw.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.evaw.server.site.SiteChrome;

/**
 * Serves one static HTML page from the classpath (the query catalogue page or the SPARQL editor),
 * with the site's shared navigation and footer put in its markers ({@link SiteChrome#dress}).
 */
public final class PageServlet extends HttpServlet {
    private final String resource;

    public PageServlet(String resource) {
        this.resource = resource;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (InputStream in = PageServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType("text/html; charset=utf-8");
            resp.getOutputStream().write(SiteChrome.dress(new String(in.readAllBytes(), StandardCharsets.UTF_8), req.getServletPath())
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
