package org.evaw.server.api;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.evaw.queries.Catalogue;
import org.evaw.queries.Page;
import org.evaw.queries.ResultFormat;
import org.evaw.queries.SavedQuery;
import org.evaw.server.CappedQueryService;
import org.evaw.server.http.Negotiation;
import org.evaw.server.query.CancelledQuery;

/**
 * The saved queries over HTTP: {@code GET /api} gives the OpenAPI 3.1 description of the catalogue,
 * {@code GET /api/NAME?param=value} runs one query, with the result format chosen by
 * {@code Accept} (or {@code format=}). A missing, unknown or ill-typed parameter is a 400 that
 * names it; values are bound as typed RDF terms, never spliced into the query text. A paginated
 * query answers one page ({@code page=N}, the first by default), as grlc does, with an RFC 8288
 * {@code Link} header to the first, previous and next pages, and to the last once it is reached.
 * An answer cut by the row cap carries the header {@code X-Result-Capped: rows=N} and, in JSON, a
 * member {@code "capped": {"rows": N}}.
 */
public final class SavedQueryApi extends HttpServlet {
    private static final List<String> OFFERS = List.of(ResultFormat.JSON.contentType(),
            ResultFormat.XML.contentType(), ResultFormat.CSV.contentType(), ResultFormat.TSV.contentType(),
            "application/json");

    private final Catalogue catalogue;
    private final DatasetGraph dataset;
    private final long timeoutMillis;
    private final long maxRows;
    /** The OpenAPI description, as sent: the catalogue does not change while the server runs. */
    private final byte[] description;

    public SavedQueryApi(Catalogue catalogue, DatasetGraph dataset, long timeoutMillis, long maxRows) {
        this.catalogue = catalogue;
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
        String version = Optional.ofNullable(SavedQueryApi.class.getPackage().getImplementationVersion()).orElse("development");
        this.description = OpenApiDocument.json(OpenApiDocument.of(catalogue, version));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Vary", "Accept");
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.isEmpty() || path.equals("/")) {
            resp.setContentType(OpenApiDocument.MEDIA_TYPE);
            resp.setCharacterEncoding("utf-8");
            resp.getOutputStream().write(description);
            return;
        }
        String name = path.substring(1);
        Optional<SavedQuery> saved = catalogue.get(name);
        if (saved.isEmpty()) {
            error(resp, HttpServletResponse.SC_NOT_FOUND, "No saved query '" + name + "'; the catalogue is at /api");
            return;
        }
        ResultFormat format;
        try {
            format = format(req);
        } catch (IllegalArgumentException e) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        if (format == null) {
            error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "No result format matches Accept: " + req.getHeader("Accept")
                    + "; offered: " + OFFERS);
            return;
        }
        Query query;
        Page page = null;
        try {
            Map<String, String> values = parameters(req);
            String pageNumber = values.remove(Page.PARAMETER);
            if (pageNumber != null || saved.get().paginated())
                page = withinCap(saved.get().page(pageNumber == null ? "1" : pageNumber));
            query = saved.get().bind(values);
        } catch (IllegalArgumentException e) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        boolean capped = page == null && CappedQueryService.capped(query, maxRows) != query;
        // One row past the cap, to know whether the cap cut the answer.
        run(capped ? CappedQueryService.capped(query, maxRows + 1) : query, page, capped, format, req, resp);
    }

    /** A page no longer than the server's row cap ({@code serve --max-rows}): the cap holds for pages too. */
    private Page withinCap(Page page) {
        return maxRows > 0 && maxRows < page.size() ? new Page(page.number(), (int) maxRows) : page;
    }

    private void run(Query query, Page page, boolean capped, ResultFormat format, HttpServletRequest req,
                     HttpServletResponse resp) throws IOException {
        try {
            Page.Rows[] shown = {null};
            boolean[] cut = {false};
            byte[] body = Txn.calculateRead(dataset, () -> {
                // A ranked page reads its ranking's records first, in the transaction the page is read in.
                Query narrowed = page == null ? query : page.narrow(query, this::select);
                QueryExecBuilder builder = QueryExec.dataset(dataset).query(narrowed);
                if (timeoutMillis > 0)
                    builder = builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
                try (QueryExec exec = builder.build()) {
                    try {
                        RowSet rows = exec.select();
                        if (page != null) {
                            shown[0] = page.read(rows);
                            rows = shown[0].rows();
                        }
                        if (capped) {
                            List<Binding> kept = new ArrayList<>();
                            while (rows.hasNext() && kept.size() <= maxRows)
                                kept.add(rows.next());
                            cut[0] = kept.size() > maxRows;
                            if (cut[0])
                                kept.remove(kept.size() - 1);
                            rows = RowSetStream.create(rows.getResultVars(), kept.iterator());
                        }
                        var out = new java.io.ByteArrayOutputStream();
                        if (format == ResultFormat.CSV)
                            SafeCsvResults.write(out, rows);
                        else
                            ResultsWriter.create().lang(format.lang()).write(out, rows);
                        byte[] written = out.toByteArray();
                        return cut[0] && format == ResultFormat.JSON ? withCapMember(written, maxRows) : written;
                    } catch (RuntimeException failure) {
                        throw CancelledQuery.failure(exec, failure);
                    }
                }
            });
            if (page != null)
                resp.setHeader("Link", links(req, page, shown[0]));
            if (cut[0]) {
                resp.setHeader(CappedQueryService.CAPPED_HEADER, "rows=" + maxRows);
                resp.setHeader("Access-Control-Expose-Headers", CappedQueryService.CAPPED_HEADER + ", Link");
            }
            resp.setContentType(format.contentType());
            resp.setCharacterEncoding("utf-8");
            try (OutputStream out = resp.getOutputStream()) {
                out.write(body);
            }
        } catch (QueryCancelledException e) {
            error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The query ran out of time (" + timeoutMillis + " ms)");
        }
    }

    /** A SELECT's rows read whole, within the server's time limit. */
    private RowSet select(Query query) {
        QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
        if (timeoutMillis > 0)
            builder = builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        try (QueryExec exec = builder.build()) {
            return exec.select().rewindable();
        }
    }

    /**
     * SPARQL JSON results with a member {@code "capped": {"rows": N}} first, saying the server's cap
     * cut the answer; readers of SPARQL JSON results ignore members they do not know.
     */
    private static byte[] withCapMember(byte[] json, long maxRows) {
        String text = new String(json, StandardCharsets.UTF_8);
        int open = text.indexOf('{');
        String member = "\n  \"capped\": { \"rows\": " + maxRows + " },";
        return (text.substring(0, open + 1) + member + text.substring(open + 1)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The RFC 8288 links to the neighbouring pages, as path-absolute references to this request
     * with only the page changed. The last page is named only once this page shows it is the
     * last: counting every row to name it sooner would cost what paging saves.
     */
    private static String links(HttpServletRequest req, Page page, Page.Rows shown) {
        List<String> links = new ArrayList<>();
        links.add(link(req, 1, "first"));
        if (page.number() > 1)
            links.add(link(req, page.number() - 1, "prev"));
        if (shown.hasNext())
            links.add(link(req, page.number() + 1, "next"));
        else if (shown.rows().size() > 0 || page.number() == 1)
            links.add(link(req, page.number(), "last"));
        return String.join(", ", links);
    }

    private static String link(HttpServletRequest req, long number, String rel) {
        StringBuilder query = new StringBuilder();
        req.getParameterMap().forEach((key, values) -> {
            if (key.equals(Page.PARAMETER))
                return;
            for (String value : values)
                query.append(encode(key)).append('=').append(encode(value)).append('&');
        });
        query.append(Page.PARAMETER).append('=').append(number);
        return "<" + req.getRequestURI() + "?" + query + ">; rel=\"" + rel + "\"";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, String> parameters(HttpServletRequest req) {
        Map<String, String> values = new LinkedHashMap<>();
        req.getParameterMap().forEach((key, given) -> {
            if (key.equals(OpenApiDocument.FORMAT_PARAMETER))
                return;
            if (given.length != 1)
                throw new IllegalArgumentException("parameter '" + key + "' is given " + given.length + " times");
            values.put(key, given[0]);
        });
        return values;
    }

    /** The format named by {@code format=}, else chosen from Accept; null when Accept matches nothing offered. */
    private static ResultFormat format(HttpServletRequest req) {
        String named = req.getParameter(OpenApiDocument.FORMAT_PARAMETER);
        if (named != null) {
            ResultFormat f = ResultFormat.of(named);
            if (f == ResultFormat.TABLE)
                throw new IllegalArgumentException("format must be json, xml, csv or tsv");
            return f;
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank())
            return ResultFormat.JSON;
        Optional<String> chosen = Negotiation.choose(accept, OFFERS);
        if (chosen.isEmpty())
            return null;
        String type = chosen.get();
        for (ResultFormat f : ResultFormat.values()) {
            if (type.equals(f.contentType()))
                return f;
        }
        return type.equals("application/json") ? ResultFormat.JSON : null;
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
