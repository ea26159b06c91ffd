package org.evaw.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.util.StringUtil;

/**
 * The plain page at {@code /}: what the server publishes and how to query it. Every other path
 * that no service claims is a 404.
 */
final class HomePage extends HttpServlet {
    private final String html;

    HomePage(String base, String datasetPath, long timeoutMillis, long maxRows) {
        String template;
        try (var in = HomePage.class.getResourceAsStream("/org/evaw/server/home.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("home page template missing", e);
        }
        this.html = template
                .replace("{{base}}", StringUtil.sanitizeXmlString(base))
                .replace("{{endpoint}}", StringUtil.sanitizeXmlString(datasetPath + "/sparql"))
                .replace("{{timeout}}", Long.toString(timeoutMillis / 1000))
                .replace("{{maxRows}}", Long.toString(maxRows));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.isEmpty() && !path.equals("/") && !path.equals("/index.html")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Not found: " + path);
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
}
