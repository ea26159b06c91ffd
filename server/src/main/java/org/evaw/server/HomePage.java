package org.evaw.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.util.StringUtil;
import org.evaw.server.linkeddata.CommitSignal;
import org.evaw.server.site.SiteChrome;

/**
 * The page at {@code /}: the size of the graph ({@link HomeCounts}), links to everything a
 * newcomer needs (search, browsing, saved queries, the editor, downloads, VoID, ontology), and how
 * to query it. A filter, because Fuseki keeps the root servlet for its own 404; every other path
 * passes through. The counts are taken on the first request and again after each write the store
 * commits, so the page costs one query per load, not per visit.
 */
final class HomePage extends HttpFilter {
    private final DatasetGraph dataset;
    private final String template;
    /** The page with its counts, null until asked for and again after a commit. */
    private volatile String html;
    /** Raised by each commit: counts taken across a commit are shown once but not kept. */
    private final AtomicLong commits = new AtomicLong();

    HomePage(DatasetGraph dataset, String base, String datasetPath, long timeoutMillis, long maxRows) {
        this.dataset = dataset;
        String text;
        try (var in = HomePage.class.getResourceAsStream("/org/evaw/server/home.html")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("home page template missing", e);
        }
        this.template = SiteChrome.dress(text, "/")
                .replace("{{base}}", StringUtil.sanitizeXmlString(base))
                .replace("{{endpoint}}", StringUtil.sanitizeXmlString(datasetPath + "/sparql"))
                .replace("{{timeout}}", Long.toString(timeoutMillis / 1000))
                .replace("{{maxRows}}", Long.toString(maxRows));
        CommitSignal.listen(dataset, () -> {
            commits.incrementAndGet();
            html = null;
        });
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
        resp.getOutputStream().write(page().getBytes(StandardCharsets.UTF_8));
    }

    private String page() {
        String page = html;
        if (page == null) {
            long before = commits.get();
            HomeCounts counts = HomeCounts.of(dataset);
            page = template.replace("{{activities}}", HomeCounts.format(counts.activities()))
                    .replace("{{agencies}}", HomeCounts.format(counts.agencies()))
                    .replace("{{countries}}", HomeCounts.format(counts.countries()));
            if (commits.get() == before)
                html = page;
        }
        return page;
    }
}
