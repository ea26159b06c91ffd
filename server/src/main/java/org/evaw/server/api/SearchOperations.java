package org.evaw.server.api;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.evaw.search.EntityType;

/** The OpenAPI operations of search: {@code GET /search} and {@code GET /suggest}. */
final class SearchOperations {
    private static final int MAX_CHARS = 200;
    private static final int MAX_LIMIT = 50;

    private SearchOperations() {}

    static void addTo(Paths paths) {
        paths.addPathItem("/search", new PathItem().get(search()));
        paths.addPathItem("/suggest", new PathItem().get(suggest()));
    }

    private static Operation search() {
        List<String> types = new ArrayList<>(List.of("passage"));
        types.addAll(entityTypes());
        Schema<Object> result = object(Map.of(
                "query", OpenApiDocument.schema("string"),
                "entities", array(suggestion()),
                "passages", array(object(Map.of(
                        "iri", uri(),
                        "snippet", described("string", "HTML: the passage's text, escaped, around the matched words, which are in <mark>."),
                        "document", uri(),
                        "documentTitle", OpenApiDocument.schema("string"),
                        "section", OpenApiDocument.schema("string"),
                        "activities", array(link()),
                        "entities", array(link())))),
                "passagesFound", described("integer", "How many passages match, beyond those listed.")));
        return new Operation()
                .operationId("search")
                .summary("Search entities by name and source passages by their words")
                .description("Entities whose names, alternative names, acronyms or labels in any language match, and source "
                        + "passages whose text matches, in Lucene's classic query syntax (all words required; \"a phrase\", OR, "
                        + "-word, word* and word~ as Lucene reads them); when the words as written match no passage, each is "
                        + "matched within one or two edits. Each passage comes with a snippet and the activities derived from "
                        + "it and the entities it mentions. An HTML page by default, JSON by Accept: application/json.")
                .tags(List.of("search"))
                .parameters(List.of(
                        query("q", true, "What to search for.", OpenApiDocument.schema("string").maxLength(MAX_CHARS)),
                        query("type", false, "Passages only (passage), or entities of one kind only.", enumeration(types)),
                        limit(20)))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("What matched.")
                                .content(new Content()
                                        .addMediaType("application/json", new MediaType().schema(result))
                                        .addMediaType("text/html", new MediaType().schema(OpenApiDocument.schema("string")))))
                        .addApiResponse("400", error("The query is empty, too long, not in Lucene's syntax, or a parameter is unknown."))
                        .addApiResponse("406", OpenApiDocument.text("Neither HTML nor JSON is acceptable."))
                        .addApiResponse("429", OpenApiDocument.text("The client has used its share of the server for now; see Retry-After.")));
    }

    private static Operation suggest() {
        return new Operation()
                .operationId("suggest")
                .summary("Entities whose names begin with, or nearly spell, what is typed")
                .description("Autocompletion of agencies, bodies, countries, regions, programmes, partners, resolutions, "
                        + "instruments and concepts by any of their names, acronyms or labels in any language, tolerating "
                        + "a typo or two; the best match first.")
                .tags(List.of("search"))
                .parameters(List.of(
                        query("q", true, "The beginning of a name.", OpenApiDocument.schema("string").maxLength(MAX_CHARS)),
                        query("type", false, "Entities of one kind only.", enumeration(entityTypes())),
                        limit(10)))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("The entities, best first.")
                                .content(new Content().addMediaType("application/json", new MediaType().schema(array(suggestion())))))
                        .addApiResponse("400", error("q is missing or too long, or a parameter is unknown."))
                        .addApiResponse("429", OpenApiDocument.text("The client has used its share of the server for now; see Retry-After.")));
    }

    private static Schema<Object> suggestion() {
        return object(Map.of(
                "label", described("string", "The name that matched, with the entity's display name when they differ."),
                "iri", uri(),
                "type", enumeration(entityTypes()),
                "href", described("string", "Where this server shows the entity.")));
    }

    private static Schema<Object> link() {
        return object(Map.of("iri", uri(), "label", OpenApiDocument.schema("string"), "type", OpenApiDocument.schema("string")));
    }

    private static Parameter query(String name, boolean required, String description, Schema<Object> schema) {
        return new Parameter().name(name).in("query").required(required).description(description).schema(schema);
    }

    private static Parameter limit(int fallback) {
        Schema<Object> schema = OpenApiDocument.schema("integer").minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(MAX_LIMIT));
        schema.setDefault(fallback);
        return query("limit", false, "How many entities, and how many passages, at most.", schema);
    }

    private static ApiResponse error(String description) {
        return new ApiResponse().description(description).content(new Content()
                .addMediaType("application/json", new MediaType().schema(object(Map.of("error", OpenApiDocument.schema("string")))))
                .addMediaType("text/html", new MediaType().schema(OpenApiDocument.schema("string"))));
    }

    private static List<String> entityTypes() {
        return Arrays.stream(EntityType.values()).map(EntityType::key).toList();
    }

    private static Schema<Object> enumeration(List<String> values) {
        Schema<Object> schema = OpenApiDocument.schema("string");
        schema.setEnum(new ArrayList<>(values));
        return schema;
    }

    private static Schema<Object> uri() {
        return OpenApiDocument.schema("string").format("uri");
    }

    private static Schema<Object> described(String type, String description) {
        return OpenApiDocument.schema(type).description(description);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<Object> object(Map<String, Schema<Object>> properties) {
        Schema<Object> schema = OpenApiDocument.schema("object");
        schema.setProperties((Map) new java.util.TreeMap<>(properties));
        return schema;
    }

    private static Schema<Object> array(Schema<Object> items) {
        Schema<Object> schema = OpenApiDocument.schema("array");
        schema.setItems(items);
        return schema;
    }
}
