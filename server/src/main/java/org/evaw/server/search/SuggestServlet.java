package org.evaw.server.search;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.evaw.ontology.iri.UriSpace;
import org.evaw.search.BadQueryException;
import org.evaw.search.EntityType;
import org.evaw.search.SearchIndex;

/**
 * {@code GET /suggest?q=PREFIX[&type=KIND][&limit=N]}: the entities whose names, alternative
 * names, acronyms or labels in any language begin with, or nearly spell, what was typed, as JSON
 * {@code [{label, iri, type, href}]} ({@code href}: where this server shows the entity).
 */
public final class SuggestServlet extends HttpServlet {
    static final int DEFAULT_LIMIT = 10;
    private final SearchIndex index;
    private final UriSpace uris;

    public SuggestServlet(SearchIndex index, UriSpace uris) {
        this.index = index;
        this.uris = uris;
    }

    /** One suggestion as answered. */
    record Answer(String label, String iri, String type, String href) {}

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            String q = SearchReplies.parameter(req, "q")
                    .orElseThrow(() -> new BadQueryException("q is required: the beginning of a name, such as q=UNO"));
            Optional<EntityType> type = SearchReplies.parameter(req, "type").map(t -> EntityType.ofKey(t)
                    .orElseThrow(() -> new BadQueryException("unknown type " + t)));
            int limit = SearchReplies.limit(req, DEFAULT_LIMIT);
            var answers = index.suggest(q, type, limit).stream()
                    .map(s -> new Answer(s.label(), s.iri(), s.type(), uris.localPath(s.iri()).orElse(s.iri()))).toList();
            SearchReplies.json(resp, HttpServletResponse.SC_OK, answers);
        } catch (BadQueryException e) {
            SearchReplies.jsonError(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }
}
