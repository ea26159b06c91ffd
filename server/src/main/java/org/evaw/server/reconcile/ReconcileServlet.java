package org.evaw.server.reconcile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.evaw.ontology.EVAW;

/**
 * The W3C Reconciliation Service API 0.2 at {@code /reconcile}, as OpenRefine 3.x calls it:
 * <ul>
 * <li>{@code GET /reconcile}: the service manifest;</li>
 * <li>{@code GET} or {@code POST /reconcile} with a form field {@code queries}: a batch of
 * queries, answered as {@code {"q0": {"result": [{id, name, type, score, match, ...}]}}};</li>
 * <li>{@code GET /reconcile/suggest/entity|type|property?prefix=...[&cursor=N]}: auto-completion;</li>
 * <li>{@code GET /reconcile/preview?id=IRI}: an HTML preview to show in a frame;</li>
 * <li>{@code GET /reconcile/view?id=IRI}: {@code 303} to the entity on this server.</li>
 * </ul>
 * Entity identifiers are the graph's IRIs. Every answer allows any origin (CORS, which the
 * specification requires); JSONP, which it only allows, is not offered, since a callback
 * parameter would let a page run whatever this server returns as script.
 */
public final class ReconcileServlet extends HttpServlet {
    static final int MAX_SUGGESTIONS = 50;
    static final int DEFAULT_SUGGESTIONS = 10;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final StoreIndex index;
    private final String base;
    private final String version;

    /**
     * @param base the base the graph's IRIs are minted under; the server's root stands for it
     */
    public ReconcileServlet(StoreIndex index, String base) {
        this.index = index;
        this.base = base;
        this.version = Optional.ofNullable(ReconcileServlet.class.getPackage().getImplementationVersion()).orElse("development");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, false);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, true);
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp, boolean post) throws IOException {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        try {
            switch (path) {
                case "/", "" -> {
                    String queries = req.getParameter("queries");
                    if (queries == null && post)
                        throw new BadRequest("POST a form with the field 'queries' holding a query batch in JSON");
                    json(resp, queries == null ? manifest(req) : reconcile(queries));
                }
                case "/suggest/entity" -> json(resp, suggestEntities(req));
                case "/suggest/type" -> json(resp, suggestTypes(req));
                case "/suggest/property" -> json(resp, suggestProperties(req));
                case "/preview" -> preview(req, resp);
                case "/view" -> view(req, resp);
                default -> throw new BadRequest(404, "No such reconciliation service: /reconcile" + path
                        + "; the manifest is at /reconcile");
            }
        } catch (BadRequest e) {
            resp.setStatus(e.status());
            resp.setContentType("text/plain; charset=utf-8");
            resp.getOutputStream().write((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private ObjectNode manifest(HttpServletRequest req) {
        String root = root(req);
        ObjectNode m = NODES.objectNode();
        m.putArray("versions").add("0.2");
        m.put("name", "evaw-kg: UN system action to end violence against women");
        m.put("identifierSpace", base + "id/");
        m.put("schemaSpace", EVAW.NS);
        m.put("documentation", root + "/api");
        m.put("serviceVersion", version);
        ArrayNode types = m.putArray("defaultTypes");
        for (EntityType t : EntityType.values())
            types.addObject().put("id", t.id()).put("name", t.label());
        m.putObject("view").put("url", root + "/reconcile/view?id={{id}}");
        m.putObject("preview").put("url", root + "/reconcile/preview?id={{id}}").put("width", Preview.WIDTH).put("height", Preview.HEIGHT);
        ObjectNode suggest = m.putObject("suggest");
        for (String kind : List.of("entity", "type", "property"))
            suggest.putObject(kind).put("service_url", root).put("service_path", "/reconcile/suggest/" + kind);
        m.put("batchSize", QueryBatch.MAX_QUERIES);
        return m;
    }

    private ObjectNode reconcile(String queries) throws BadRequest {
        CandidateIndex candidates = index.get();
        ObjectNode results = NODES.objectNode();
        for (Map.Entry<String, Query> q : QueryBatch.parse(queries).entrySet()) {
            ArrayNode result = results.putObject(q.getKey()).putArray("result");
            for (Candidate c : candidates.search(q.getValue()))
                result.add(candidate(c));
        }
        return results;
    }

    private static ObjectNode candidate(Candidate c) {
        ObjectNode o = NODES.objectNode();
        o.put("id", c.entity().iri());
        o.put("name", c.entity().name());
        o.put("description", c.entity().description());
        ArrayNode types = o.putArray("type");
        for (EntityType t : c.entity().types())
            types.addObject().put("id", t.id()).put("name", t.label());
        o.put("score", c.score());
        o.put("match", c.match());
        ArrayNode features = o.putArray("features");
        features.addObject().put("id", "name_similarity").put("value", Math.round(c.nameSimilarity() * 1000) / 1000.0);
        features.addObject().put("id", "exact_name").put("value", c.exact());
        features.addObject().put("id", "acronym").put("value", c.acronym());
        // Which of the entity's names matched, and in which language, has no place among the
        // numeric features: the description says it when it is not the name shown.
        if (!c.matchedName().text().equals(c.entity().name()) && !c.matchedName().text().equals(c.entity().iri()))
            o.put("description", c.entity().description() + " · matched \"" + c.matchedName().text() + "\""
                    + (c.matchedName().lang().isEmpty() ? "" : " (" + c.matchedName().lang() + ")"));
        return o;
    }

    private ObjectNode suggestEntities(HttpServletRequest req) throws BadRequest {
        String prefix = prefix(req);
        Set<EntityType> types = new LinkedHashSet<>();
        String[] typeIds = req.getParameterValues("type");
        if (typeIds != null)
            for (String id : typeIds)
                types.add(EntityType.of(id).orElseThrow(() -> new BadRequest("Unknown type '" + id + "'")));
        ObjectNode answer = NODES.objectNode();
        ArrayNode result = answer.putArray("result");
        for (Entity e : index.get().suggest(prefix, types, cursor(req), limit(req))) {
            ObjectNode o = result.addObject().put("id", e.iri()).put("name", e.name()).put("description", e.description());
            ArrayNode notable = o.putArray("notable");
            for (EntityType t : e.types())
                notable.addObject().put("id", t.id()).put("name", t.label());
        }
        return answer;
    }

    private ObjectNode suggestTypes(HttpServletRequest req) throws BadRequest {
        String p = NameScorer.normalise(prefix(req));
        ObjectNode answer = NODES.objectNode();
        ArrayNode result = answer.putArray("result");
        List.of(EntityType.values()).stream()
                .filter(t -> matchesPrefix(p, t.label(), t.id()))
                .skip(cursor(req)).limit(limit(req))
                .forEach(t -> result.addObject().put("id", t.id()).put("name", t.label()));
        return answer;
    }

    private ObjectNode suggestProperties(HttpServletRequest req) throws BadRequest {
        String p = NameScorer.normalise(prefix(req));
        ObjectNode answer = NODES.objectNode();
        ArrayNode result = answer.putArray("result");
        List.of(NameProperty.values()).stream()
                .filter(np -> matchesPrefix(p, np.label(), np.id()))
                .skip(cursor(req)).limit(limit(req))
                .forEach(np -> result.addObject().put("id", np.id()).put("name", np.label())
                        .put("description", "a candidate must carry this " + np.label() + ", compared without case or accents"));
        return answer;
    }

    /** Whether a normalised prefix starts the name, one of its words, or the id's local part. */
    private static boolean matchesPrefix(String prefix, String name, String id) {
        String n = NameScorer.normalise(name);
        String local = NameScorer.normalise(id.substring(Math.max(id.lastIndexOf('#'), id.lastIndexOf('/')) + 1));
        return prefix.isEmpty() || (" " + n).contains(" " + prefix) || local.startsWith(prefix) || id.equals(prefix);
    }

    private void preview(HttpServletRequest req, HttpServletResponse resp) throws BadRequest, IOException {
        Entity e = entity(req);
        resp.setHeader("Content-Security-Policy", Preview.CONTENT_SECURITY_POLICY);
        // Set for every answer against framing; the preview exists to be framed.
        resp.setHeader("X-Frame-Options", null);
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(Preview.html(e, root(req) + "/" + local(e.iri())).getBytes(StandardCharsets.UTF_8));
    }

    private void view(HttpServletRequest req, HttpServletResponse resp) throws BadRequest {
        Entity e = entity(req);
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", root(req) + "/" + local(e.iri()));
    }

    private Entity entity(HttpServletRequest req) throws BadRequest {
        String id = req.getParameter("id");
        if (id == null || id.isBlank())
            throw new BadRequest("Give the entity's IRI as 'id'");
        return index.get().get(id.strip()).orElseThrow(() -> new BadRequest(404, "No agency, partner, programme or country has the IRI " + id));
    }

    /** The IRI's path under the base, which this server serves; an IRI under another base is shown as it is. */
    private String local(String iri) {
        return iri.startsWith(base) ? iri.substring(base.length()) : iri;
    }

    private static String prefix(HttpServletRequest req) throws BadRequest {
        String prefix = req.getParameter("prefix");
        if (prefix == null)
            throw new BadRequest("Give the text typed so far as 'prefix'");
        if (prefix.length() > QueryBatch.MAX_QUERY_CHARS)
            throw new BadRequest("'prefix' is " + prefix.length() + " characters long; at most " + QueryBatch.MAX_QUERY_CHARS + " are taken");
        return prefix;
    }

    private static int cursor(HttpServletRequest req) throws BadRequest {
        return wholeNumber(req, "cursor", 0, 0, Integer.MAX_VALUE);
    }

    private static int limit(HttpServletRequest req) throws BadRequest {
        return Math.min(MAX_SUGGESTIONS, wholeNumber(req, "limit", DEFAULT_SUGGESTIONS, 1, Integer.MAX_VALUE));
    }

    private static int wholeNumber(HttpServletRequest req, String name, int absent, int min, int max) throws BadRequest {
        String v = req.getParameter(name);
        if (v == null || v.isEmpty())
            return absent;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max)
                throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest("'" + name + "' must be a whole number from " + min + "; got '" + v + "'");
        }
    }

    /** The server's root as the client reached it, such as {@code http://127.0.0.1:3030}, without a final slash. */
    private static String root(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        return url.substring(0, url.length() - req.getRequestURI().length()) + req.getContextPath();
    }

    private static void json(HttpServletResponse resp, ObjectNode body) throws IOException {
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(QueryBatch.JSON.writeValueAsBytes(body));
    }
}
