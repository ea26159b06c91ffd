package org.evaw.server.api;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.evaw.queries.Catalogue;
import org.evaw.queries.Page;
import org.evaw.queries.Parameter;
import org.evaw.queries.ResultFormat;
import org.evaw.queries.SavedQuery;

/**
 * The OpenAPI 3 description of the saved-query API, generated from the catalogue: one
 * {@code GET /api/{name}} operation per saved query, its parameters typed and defaulted as the
 * query's grlc decorators say (with {@code page} for a paginated one), and the result formats it
 * answers in.
 */
final class OpenApiDocument {
    static final String FORMAT_PARAMETER = "format";

    private OpenApiDocument() {}

    static JsonObject of(Catalogue catalogue, String version) {
        JsonObject doc = new JsonObject();
        doc.put("openapi", "3.0.3");
        JsonObject info = new JsonObject();
        info.put("title", "evaw-kg saved queries");
        info.put("version", version);
        info.put("description", "Saved cross-agency SPARQL queries over the evaw-kg graph of UN system action to end "
                + "violence against women. Parameters are bound as typed RDF terms; results come as SPARQL JSON or "
                + "XML results, CSV or TSV, chosen by the Accept header or the 'format' parameter.");
        doc.put("info", info);
        JsonArray servers = new JsonArray();
        JsonObject server = new JsonObject();
        server.put("url", "/");
        servers.add(server);
        doc.put("servers", servers);
        JsonObject paths = new JsonObject();
        for (SavedQuery q : catalogue.all())
            paths.put("/api/" + q.name(), path(q));
        doc.put("paths", paths);
        return doc;
    }

    private static JsonObject path(SavedQuery q) {
        JsonObject get = new JsonObject();
        get.put("operationId", operationId(q.name()));
        get.put("summary", q.summary());
        get.put("description", q.description());
        JsonArray tags = new JsonArray();
        q.tags().forEach(tags::add);
        get.put("tags", tags);
        JsonArray parameters = new JsonArray();
        for (Parameter p : q.parameters())
            parameters.add(parameter(p));
        if (q.paginated())
            parameters.add(pageParameter(q));
        parameters.add(formatParameter());
        get.put("parameters", parameters);
        JsonObject responses = new JsonObject();
        JsonObject ok = new JsonObject();
        ok.put("description", "The query's results.");
        JsonObject content = new JsonObject();
        for (ResultFormat f : ResultFormat.values()) {
            if (f.lang() == null)
                continue;
            JsonObject schema = new JsonObject();
            schema.put("type", f == ResultFormat.JSON ? "object" : "string");
            JsonObject media = new JsonObject();
            media.put("schema", schema);
            content.put(f.contentType(), media);
        }
        ok.put("content", content);
        if (q.paginated())
            ok.put("headers", linkHeader());
        responses.put("200", ok);
        responses.put("400", textResponse("A parameter is unknown, missing or not of its type; the message names it."));
        responses.put("406", textResponse("No result format matches the Accept header."));
        responses.put("503", textResponse("The query ran out of time."));
        get.put("responses", responses);
        JsonObject path = new JsonObject();
        path.put("get", get);
        return path;
    }

    private static JsonObject parameter(Parameter p) {
        JsonObject o = new JsonObject();
        o.put("name", p.name());
        o.put("in", "query");
        o.put("required", p.defaultValue() == null);
        o.put("description", switch (p.type()) {
            case IRI -> "An absolute IRI.";
            case INTEGER -> "A whole number.";
            case STRING -> "A string, bound as a plain literal.";
        });
        JsonObject schema = new JsonObject();
        schema.put("type", p.type() == Parameter.Type.INTEGER ? "integer" : "string");
        if (p.type() == Parameter.Type.IRI)
            schema.put("format", "uri");
        if (p.defaultValue() != null) {
            if (p.type() == Parameter.Type.INTEGER)
                schema.put("default", Long.parseLong(p.defaultValue()));
            else
                schema.put("default", p.defaultValue());
        }
        if (!p.allowed().isEmpty()) {
            JsonArray values = new JsonArray();
            p.allowed().forEach(values::add);
            schema.put("enum", values);
        }
        o.put("schema", schema);
        return o;
    }

    private static JsonObject pageParameter(SavedQuery q) {
        JsonObject o = new JsonObject();
        o.put("name", Page.PARAMETER);
        o.put("in", "query");
        o.put("required", false);
        o.put("description", "The page of the answer, " + q.pagination() + " rows a page; the Link header names the "
                + "first, previous and next pages.");
        JsonObject schema = new JsonObject();
        schema.put("type", "integer");
        schema.put("minimum", 1);
        schema.put("default", 1);
        o.put("schema", schema);
        return o;
    }

    private static JsonObject linkHeader() {
        JsonObject link = new JsonObject();
        link.put("description", "RFC 8288 links to the first, previous and next pages (rel first, prev, next), and to "
                + "the last (rel last) when this page is the last.");
        JsonObject schema = new JsonObject();
        schema.put("type", "string");
        link.put("schema", schema);
        JsonObject headers = new JsonObject();
        headers.put("Link", link);
        return headers;
    }

    private static JsonObject formatParameter() {
        JsonObject o = new JsonObject();
        o.put("name", FORMAT_PARAMETER);
        o.put("in", "query");
        o.put("required", false);
        o.put("description", "The result format, instead of the Accept header.");
        JsonObject schema = new JsonObject();
        schema.put("type", "string");
        JsonArray values = new JsonArray();
        for (String f : new String[] {"json", "xml", "csv", "tsv"})
            values.add(f);
        schema.put("enum", values);
        o.put("schema", schema);
        return o;
    }

    private static JsonObject textResponse(String description) {
        JsonObject r = new JsonObject();
        r.put("description", description);
        JsonObject schema = new JsonObject();
        schema.put("type", "string");
        JsonObject media = new JsonObject();
        media.put("schema", schema);
        JsonObject content = new JsonObject();
        content.put("text/plain", media);
        r.put("content", content);
        return r;
    }

    /** {@code agencies-in-country} becomes {@code agenciesInCountry}. */
    private static String operationId(String name) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }
}
