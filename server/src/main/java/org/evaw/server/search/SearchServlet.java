package org.evaw.server.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.evaw.ontology.iri.UriSpace;
import org.evaw.search.BadQueryException;
import org.evaw.search.EntityType;
import org.evaw.search.Link;
import org.evaw.search.PassageHit;
import org.evaw.search.SearchIndex;
import org.evaw.search.SearchResults;

/**
 * {@code GET /search?q=TEXT[&type=KIND|passage][&limit=N]}: entities whose names match and source
 * passages whose text does, each passage with a snippet (its matched words marked) and links to
 * the activities derived from it and the entities it mentions. An HTML page for a browser, in the
 * design of the entity pages, with the search box that suggests entities as one types; JSON
 * ({@link SearchResults}) by {@code Accept: application/json}. A query that cannot be run is
 * answered 400 with a sentence saying why.
 */
public final class SearchServlet extends HttpServlet {
    static final int DEFAULT_LIMIT = 20;
    private static final List<String> OFFERS = List.of(SearchReplies.HTML, SearchReplies.JSON);
    private static final Template PAGE = template();

    private final SearchIndex index;
    private final UriSpace uris;

    public SearchServlet(SearchIndex index, UriSpace uris) {
        this.index = index;
        this.uris = uris;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String media;
        try {
            Optional<String> chosen = SearchReplies.negotiate(req, OFFERS);
            if (chosen.isEmpty()) {
                resp.setHeader("Vary", "Accept");
                resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "/search answers in text/html or application/json");
                return;
            }
            media = chosen.get();
        } catch (BadQueryException e) {
            SearchReplies.jsonError(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        boolean json = media.equals(SearchReplies.JSON);
        Optional<String> q = SearchReplies.parameter(req, "q");
        Optional<String> type = SearchReplies.parameter(req, "type");
        try {
            int limit = SearchReplies.limit(req, DEFAULT_LIMIT);
            if (q.isEmpty()) {
                if (json)
                    throw new BadQueryException("q is required: words to search for, such as q=trafficking");
                page(resp, HttpServletResponse.SC_OK, q, type, null, null);
                return;
            }
            SearchResults results = index.search(q.get(), type, limit);
            if (json)
                SearchReplies.json(resp, HttpServletResponse.SC_OK, results);
            else
                page(resp, HttpServletResponse.SC_OK, q, type, results, null);
        } catch (BadQueryException e) {
            if (json)
                SearchReplies.jsonError(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            else
                page(resp, HttpServletResponse.SC_BAD_REQUEST, q, type, null, e.getMessage());
        }
    }

    private void page(HttpServletResponse resp, int status, Optional<String> q, Optional<String> type,
            SearchResults results, String error) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("q", q.orElse(""));
        model.put("title", q.map(s -> "Search: " + s).orElse("Search"));
        model.put("types", typeOptions(type.orElse("")));
        model.put("error", error);
        if (results != null) {
            model.put("searched", true);
            model.put("entities", results.entities().stream()
                    .map(s -> Map.of("label", s.label(), "type", s.type(), "href", link(s.iri()), "iri", s.iri())).toList());
            model.put("passages", results.passages().stream().map(this::passage).toList());
            model.put("found", results.passagesFound());
            model.put("shown", results.passages().size());
            model.put("hasEntities", !results.entities().isEmpty());
            model.put("hasPassages", !results.passages().isEmpty());
            model.put("nothing", results.entities().isEmpty() && results.passages().isEmpty());
        }
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        Writer out = new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8);
        PAGE.execute(model, out);
        out.flush();
    }

    private Map<String, Object> passage(PassageHit hit) {
        Map<String, Object> m = new HashMap<>();
        m.put("snippet", hit.snippet());
        m.put("href", link(hit.iri()));
        m.put("document", hit.document() == null ? null : link(hit.document()));
        m.put("documentTitle", hit.documentTitle() != null ? hit.documentTitle() : hit.document());
        m.put("section", hit.section());
        m.put("activities", links(hit.activities()));
        m.put("entities", links(hit.entities()));
        m.put("hasActivities", !hit.activities().isEmpty());
        m.put("hasMentions", !hit.entities().isEmpty());
        return m;
    }

    private List<Map<String, String>> links(List<Link> links) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Link l : links) {
            Map<String, String> m = new HashMap<>();
            m.put("href", link(l.iri()));
            m.put("label", l.label());
            m.put("type", l.type());
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> typeOptions(String selected) {
        List<Map<String, Object>> options = new ArrayList<>();
        options.add(Map.of("value", "", "label", "Everything", "selected", selected.isEmpty()));
        options.add(Map.of("value", "passage", "label", "Passages", "selected", selected.equals("passage")));
        for (EntityType t : EntityType.values())
            options.add(Map.of("value", t.key(), "label", t.key().substring(0, 1).toUpperCase() + t.key().substring(1) + "s",
                    "selected", selected.equals(t.key())));
        return options;
    }

    /** IRIs of the graph by their path on this server, others as they are. */
    private String link(String iri) {
        return uris.localPath(iri).orElse(iri);
    }

    /** The page, with the entity pages' header and style (their templates, read from where they live). */
    private static Template template() {
        Mustache.Compiler compiler = Mustache.compiler().escapeHTML(true).nullValue("").emptyStringIsFalse(true).zeroIsFalse(true)
                .withLoader(name -> switch (name) {
                    case "header" -> new java.io.StringReader(org.evaw.server.site.SiteChrome.nav("/search"));
                    case "footer" -> new java.io.StringReader(org.evaw.server.site.SiteChrome.footer());
                    default -> reader("/org/evaw/server/linkeddata/" + name + ".mustache");
                });
        try (Reader in = reader("/org/evaw/server/search/search.mustache")) {
            return compiler.compile(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String resource) {
        var in = SearchServlet.class.getResourceAsStream(resource);
        if (in == null)
            throw new IllegalStateException("template not on the classpath: " + resource);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
