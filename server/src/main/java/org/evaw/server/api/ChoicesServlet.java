package org.evaw.server.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * {@code GET /choices/NAME[?q=TEXT][&limit=N]}: the values the saved queries' parameter
 * {@code NAME} takes, as JSON {@code [{value, label}]} ordered by label, those whose value or
 * label holds {@code q} in any case (all of them without it), at most {@code limit} (default and
 * most {@value #MAX_LIMIT}). The OpenAPI description names this path on each parameter that has
 * choices ({@code x-choices}). An unknown name is a 404, a bad {@code q} or {@code limit} a 400,
 * each with {@code {"error": "…"}}.
 */
public final class ChoicesServlet extends HttpServlet {
    static final int MAX_LIMIT = 1000;
    static final int MAX_CHARS = 200;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final DatasetGraph dataset;
    private final long timeoutMillis;

    public ChoicesServlet(DatasetGraph dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        String q = Optional.ofNullable(req.getParameter("q")).map(String::strip).orElse("");
        if (q.length() > MAX_CHARS) {
            json(resp, HttpServletResponse.SC_BAD_REQUEST, Map.of("error", "q is longer than " + MAX_CHARS + " characters"));
            return;
        }
        int limit;
        try {
            String given = req.getParameter("limit");
            limit = given == null || given.isBlank() ? MAX_LIMIT : Integer.parseInt(given.strip());
            if (limit < 1 || limit > MAX_LIMIT)
                throw new NumberFormatException();
        } catch (NumberFormatException e) {
            json(resp, HttpServletResponse.SC_BAD_REQUEST, Map.of("error", "limit must be a whole number from 1 to " + MAX_LIMIT
                    + ", not '" + req.getParameter("limit") + "'"));
            return;
        }
        try {
            Optional<List<Choices.Choice>> choices = Choices.of(dataset, name, q, limit, timeoutMillis);
            if (choices.isEmpty()) {
                json(resp, HttpServletResponse.SC_NOT_FOUND, Map.of("error", "no parameter '" + name
                        + "' has choices; those that have are named by x-choices in /api"));
                return;
            }
            json(resp, HttpServletResponse.SC_OK, choices.get());
        } catch (QueryCancelledException e) {
            json(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, Map.of("error", "listing the choices ran out of time ("
                    + timeoutMillis + " ms)"));
        }
    }

    private static void json(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("utf-8");
        MAPPER.writeValue(resp.getOutputStream(), body);
    }
}
