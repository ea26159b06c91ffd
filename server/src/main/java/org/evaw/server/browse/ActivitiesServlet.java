package org.evaw.server.browse;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.evaw.mapping.reference.UnLanguages;
import org.evaw.ontology.iri.UriSpace;
import org.evaw.search.SearchIndex;
import org.evaw.server.CappedQueryService;
import org.evaw.server.http.LanguageNegotiation;
import org.evaw.server.http.Negotiation;

/**
 * {@code GET /activities?agency=…&country=…&region=…&period=…&programme=…&partner=…&form=…&page=N}:
 * the activities narrowed by facets (several values of one facet: any of them; several facets: all
 * of them), a page of {@value #PAGE_SIZE} at a time in a stable order, each facet's values counted
 * among the activities the other facets select. An HTML page for a browser, whose every link is
 * a plain GET of the next selection; JSON by {@code Accept: application/json}; CSV of every
 * matching activity (up to the server's row cap, past which {@code X-Result-Capped: rows=N} says
 * so) at {@code /activities.csv} or by {@code Accept: text/csv}. A parameter that names nothing
 * is a 400 with a sentence saying why; a request that outlasts the query timeout is a 503.
 */
public final class ActivitiesServlet extends HttpServlet {
    public static final long PAGE_SIZE = 25;
    static final String HTML = "text/html";
    static final String JSON = "application/json";
    static final String CSV = "text/csv";
    private static final List<String> OFFERS = List.of(HTML, JSON, CSV);

    private final ActivityBrowser browser;
    private final UriSpace uris;
    private final long timeoutMillis;
    private final long maxRows;

    /** Counts its selections from {@code index} when given, by SPARQL over {@code dataset} otherwise ({@link SelectionCounters}). */
    public ActivitiesServlet(DatasetGraph dataset, Optional<SearchIndex> index, UriSpace uris, long timeoutMillis, long maxRows) {
        this.browser = new ActivityBrowser(dataset, index, Facet.all(uris), timeoutMillis, PAGE_SIZE);
        this.uris = uris;
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept, Accept-Language");
        String media;
        if (req.getServletPath().endsWith(".csv")) {
            media = CSV;
        } else {
            Optional<String> chosen;
            try {
                chosen = Negotiation.choose(req.getHeader("Accept"), OFFERS);
            } catch (IllegalArgumentException e) {
                plain(resp, HttpServletResponse.SC_BAD_REQUEST, "The Accept header cannot be read: " + e.getMessage());
                return;
            }
            if (chosen.isEmpty()) {
                plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "/activities answers in text/html, application/json or text/csv.");
                return;
            }
            media = chosen.get();
        }
        String language = LanguageNegotiation.choose(req.getParameter(Selection.LANG), req.getHeader("Accept-Language"), UnLanguages.TAGS);
        Selection selection = null;
        try {
            selection = Selection.parse(req.getParameterMap(), browser.facets());
            switch (media) {
                case CSV -> csv(selection, language, resp);
                case JSON -> ActivitiesJson.write(resp, browser.page(selection, language), new Links(uris, browser.facets()));
                default -> html(resp, HttpServletResponse.SC_OK, ActivitiesPage.of(browser.page(selection, language), new Links(uris, browser.facets()), maxRows));
            }
        } catch (BadSelection e) {
            failed(resp, media, HttpServletResponse.SC_BAD_REQUEST, e.getMessage(), selection);
        } catch (QueryCancelledException e) {
            failed(resp, media, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Counting these activities took longer than the server allows ("
                    + timeoutMillis + " ms); narrow the selection, or try again when the server is less busy.", selection);
        }
    }

    private void csv(Selection selection, String language, HttpServletResponse resp) throws IOException {
        // The total first: a bad value is then a 400 before any row is sent, and the cap is known for the header.
        long total = browser.total(selection);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/csv; charset=utf-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"activities.csv\"");
        resp.setHeader("X-Total-Count", Long.toString(total));
        if (maxRows > 0 && total > maxRows) {
            resp.setHeader(CappedQueryService.CAPPED_HEADER, "rows=" + maxRows);
            resp.setHeader("Access-Control-Expose-Headers", CappedQueryService.CAPPED_HEADER + ", X-Total-Count");
        }
        Writer out = new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8);
        ActivitiesCsv csv = new ActivitiesCsv(out);
        csv.header();
        browser.every(selection, language, maxRows > 0 ? maxRows : Long.MAX_VALUE - 1, batch -> csv.rows(batch));
        out.flush();
    }

    private void failed(HttpServletResponse resp, String media, int status, String sentence, Selection selection) throws IOException {
        if (resp.isCommitted())
            return;
        resp.reset();
        resp.setHeader("Vary", "Accept, Accept-Language");
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE)
            resp.setHeader("Retry-After", "10");
        switch (media) {
            case JSON -> ActivitiesJson.error(resp, status, sentence);
            case CSV -> plain(resp, status, sentence);
            default -> html(resp, status, ActivitiesPage.error(sentence, selection, new Links(uris, browser.facets())));
        }
    }

    private static void html(HttpServletResponse resp, int status, ActivitiesPage page) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        Writer out = new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8);
        page.render(out);
        out.flush();
    }

    private static void plain(HttpServletResponse resp, int status, String sentence) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((sentence + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
