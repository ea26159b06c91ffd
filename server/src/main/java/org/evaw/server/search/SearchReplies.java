package org.evaw.server.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.evaw.search.BadQueryException;
import org.evaw.server.http.Negotiation;

/** What the two search servlets share: their bounds, how they read their parameters, how they answer in JSON. */
final class SearchReplies {
    static final int MAX_LIMIT = 50;
    static final String JSON = "application/json";
    static final String HTML = "text/html";
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private SearchReplies() {}

    /** {@code limit}, between 1 and {@link #MAX_LIMIT}, or the default when absent. */
    static int limit(HttpServletRequest req, int fallback) {
        String value = req.getParameter("limit");
        if (value == null || value.isBlank())
            return fallback;
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit < 1 || limit > MAX_LIMIT)
                throw new BadQueryException("limit must be between 1 and " + MAX_LIMIT + ": " + value);
            return limit;
        } catch (NumberFormatException e) {
            throw new BadQueryException("limit must be a whole number: " + value);
        }
    }

    static Optional<String> parameter(HttpServletRequest req, String name) {
        return Optional.ofNullable(req.getParameter(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The media type to answer in, of {@code offers}; empty when none is acceptable. */
    static Optional<String> negotiate(HttpServletRequest req, List<String> offers) {
        try {
            return Negotiation.choose(req.getHeader("Accept"), offers);
        } catch (IllegalArgumentException e) {
            throw new BadQueryException(e.getMessage());
        }
    }

    static void json(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(JSON);
        resp.setCharacterEncoding("utf-8");
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Cache-Control", "no-cache");
        MAPPER.writeValue(resp.getOutputStream(), body);
    }

    static void jsonError(HttpServletResponse resp, int status, String message) throws IOException {
        json(resp, status, Map.of("error", message));
    }
}
