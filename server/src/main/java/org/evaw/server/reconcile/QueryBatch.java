package org.evaw.server.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A reconciliation query batch ({@code {"q0": {"query": "UNODC", "type": "...", "limit": 3}}}),
 * read from the {@code queries} field and checked against the bounds the service keeps: at most
 * {@value #MAX_QUERIES} queries a batch (413, as the specification allows, past it), names of at
 * most {@value #MAX_QUERY_CHARS} characters, at most {@value #MAX_LIMIT} candidates a query. Any
 * other departure from the query-batch schema (malformed JSON, a member that is not a query, an
 * unknown field or type, a limit that is not a positive whole number) is a 400 that says which.
 */
final class QueryBatch {
    static final int MAX_QUERIES = 100;
    static final int MAX_QUERY_CHARS = 200;
    static final int MAX_LIMIT = 25;
    static final int DEFAULT_LIMIT = 5;
    private static final Set<String> FIELDS = Set.of("query", "type", "limit", "properties", "type_strict");
    /** Depth and size bounds on the JSON itself, below Jackson's defaults: a batch is flat. */
    static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(MAX_QUERY_CHARS * 100).build())
            .build());

    private QueryBatch() {}

    /** The queries of the batch, by their keys, in the order sent. */
    static Map<String, Query> parse(String queries) throws BadRequest {
        JsonNode root;
        try {
            root = JSON.readTree(queries);
        } catch (JsonProcessingException e) {
            throw new BadRequest("'queries' is not well-formed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")" : ""));
        }
        if (root == null || !root.isObject())
            throw new BadRequest("'queries' must be a JSON object of queries by key, such as {\"q0\": {\"query\": \"UNODC\"}}");
        if (root.size() > MAX_QUERIES)
            throw new BadRequest(413, "A batch holds at most " + MAX_QUERIES + " queries; this one has " + root.size()
                    + ". Send the rest in another batch.");
        Map<String, Query> batch = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties())
            batch.put(e.getKey(), query(e.getKey(), e.getValue()));
        return batch;
    }

    private static Query query(String key, JsonNode q) throws BadRequest {
        if (!q.isObject())
            throw new BadRequest("Query '" + key + "' must be an object, such as {\"query\": \"UNODC\"}");
        for (String field : (Iterable<String>) () -> q.fieldNames())
            if (!FIELDS.contains(field))
                throw new BadRequest("Query '" + key + "' has an unknown field '" + field + "'; the fields are " + FIELDS);
        String text = null;
        JsonNode t = q.get("query");
        if (t != null) {
            if (!t.isTextual() || t.asText().isBlank())
                throw new BadRequest("Query '" + key + "': 'query' must be a non-empty string");
            text = t.asText().strip();
            if (text.length() > MAX_QUERY_CHARS)
                throw new BadRequest("Query '" + key + "': 'query' is " + text.length() + " characters long; at most "
                        + MAX_QUERY_CHARS + " are taken");
        }
        List<Query.PropertyValue> properties = properties(key, q.get("properties"));
        if (text == null && properties.isEmpty())
            throw new BadRequest("Query '" + key + "' has neither 'query' nor 'properties'");
        return new Query(text, types(key, q.get("type")), limit(key, q.get("limit")), properties);
    }

    private static Set<EntityType> types(String key, JsonNode type) throws BadRequest {
        Set<EntityType> types = new LinkedHashSet<>();
        if (type == null || type.isNull())
            return types;
        List<JsonNode> ids = new ArrayList<>();
        if (type.isArray())
            type.forEach(ids::add);
        else
            ids.add(type);
        for (JsonNode id : ids) {
            if (!id.isTextual())
                throw new BadRequest("Query '" + key + "': 'type' must be a type id or an array of them");
            types.add(EntityType.of(id.asText()).orElseThrow(() -> new BadRequest("Query '" + key + "': unknown type '"
                    + id.asText() + "'; the types are " + List.of(EntityType.values()).stream().map(EntityType::id).toList())));
        }
        return types;
    }

    private static int limit(String key, JsonNode limit) throws BadRequest {
        if (limit == null || limit.isNull())
            return DEFAULT_LIMIT;
        if (!limit.canConvertToExactIntegral() || limit.asLong() < 1)
            throw new BadRequest("Query '" + key + "': 'limit' must be a positive whole number");
        return (int) Math.min(limit.asLong(), MAX_LIMIT);
    }

    private static List<Query.PropertyValue> properties(String key, JsonNode properties) throws BadRequest {
        List<Query.PropertyValue> values = new ArrayList<>();
        if (properties == null || properties.isNull())
            return values;
        if (!properties.isArray())
            throw new BadRequest("Query '" + key + "': 'properties' must be an array of {\"pid\", \"v\"}");
        for (JsonNode p : properties) {
            JsonNode pid = p.get("pid");
            JsonNode v = p.get("v");
            if (pid == null || !pid.isTextual() || v == null)
                throw new BadRequest("Query '" + key + "': each property needs 'pid' and 'v'");
            NameProperty property = NameProperty.of(pid.asText()).orElseThrow(() -> new BadRequest("Query '" + key
                    + "': unknown property '" + pid.asText() + "'; the properties are "
                    + List.of(NameProperty.values()).stream().map(NameProperty::id).toList()));
            List<JsonNode> vs = new ArrayList<>();
            if (v.isArray())
                v.forEach(vs::add);
            else
                vs.add(v);
            for (JsonNode one : vs) {
                String value = one.isObject() && one.has("id") ? one.get("id").asText() : one.isValueNode() ? one.asText() : null;
                if (value == null || value.isBlank() || value.length() > MAX_QUERY_CHARS)
                    throw new BadRequest("Query '" + key + "': the value of '" + pid.asText() + "' must be a string of 1 to "
                            + MAX_QUERY_CHARS + " characters");
                values.add(new Query.PropertyValue(property, value));
            }
        }
        return values;
    }
}
