package org.evaw.server.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.evaw.queries.Catalogue;
import org.evaw.queries.Page;
import org.evaw.queries.ResultFormat;
import org.evaw.queries.SavedQuery;
import org.evaw.server.reconcile.ReconcileOpenApi;

/**
 * The OpenAPI 3.1 description of the saved-query API, generated from the catalogue with the
 * OpenAPI models of swagger-core: one {@code GET /api/{name}} operation per saved query, its
 * parameters typed and defaulted as the query's grlc decorators say (with {@code page} for a
 * paginated one), and the result formats it answers in; the reconciliation service's
 * operations ({@link ReconcileOpenApi}); search, {@code GET /search} and {@code GET /suggest}
 * ({@link SearchOperations}); and the choices of parameters, {@code GET /choices/{name}}
 * ({@link ChoiceOperations}), which each parameter that has them names by {@code x-choices}; and the
 * activities by facets, {@code GET /activities} and {@code GET /activities.csv} ({@link BrowseOperations}).
 */
final class OpenApiDocument {
    /** The version of the OpenAPI Specification the document follows. */
    static final String OPENAPI_VERSION = "3.1.1";
    /** The document's media type, as the OpenAPI Initiative registered it. */
    static final String MEDIA_TYPE = "application/vnd.oai.openapi+json;version=3.1";
    static final String FORMAT_PARAMETER = "format";
    /** The operation's extension that names the view the /queries page opens its answer in. */
    static final String VIEW_EXTENSION = "x-evaw-view";

    private OpenApiDocument() {}

    static OpenAPI of(Catalogue catalogue, String version) {
        Paths paths = new Paths();
        for (SavedQuery q : catalogue.all())
            paths.addPathItem("/api/" + q.name(), new PathItem().get(operation(q)));
        ReconcileOpenApi.paths().forEach(paths::addPathItem);
        SearchOperations.addTo(paths);
        ChoiceOperations.addTo(paths);
        BrowseOperations.addTo(paths);
        return new OpenAPI(SpecVersion.V31)
                .openapi(OPENAPI_VERSION)
                .info(new Info()
                        .title("evaw-kg saved queries")
                        .version(version)
                        .description("Saved cross-agency SPARQL queries over the evaw-kg graph of UN system action to end "
                                + "violence against women. Parameters are bound as typed RDF terms; results come as SPARQL "
                                + "JSON or XML results, CSV or TSV, chosen by the Accept header or the 'format' parameter."))
                .servers(List.of(new Server().url("/")))
                .paths(paths);
    }

    /** The document as JSON, UTF-8. */
    static byte[] json(OpenAPI api) {
        try {
            return Json31.pretty().writeValueAsBytes(api);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI models did not serialise: " + e.getMessage(), e);
        }
    }

    private static Operation operation(SavedQuery q) {
        List<Parameter> parameters = new ArrayList<>();
        for (org.evaw.queries.Parameter p : q.parameters())
            parameters.add(parameter(p));
        if (q.paginated())
            parameters.add(pageParameter(q));
        parameters.add(formatParameter());
        Content results = new Content();
        for (ResultFormat f : ResultFormat.values()) {
            if (f.lang() != null)
                results.addMediaType(f.contentType(), new MediaType().schema(schema(f == ResultFormat.JSON ? "object" : "string")));
        }
        ApiResponse ok = new ApiResponse().description("The query's results.").content(results);
        if (q.paginated())
            ok.addHeaderObject("Link", new Header()
                    .description("RFC 8288 links to the first, previous and next pages (rel first, prev, next), and to "
                            + "the last (rel last) when this page is the last.")
                    .schema(schema("string")));
        Operation operation = new Operation()
                .operationId(operationId(q.name()))
                .summary(q.summary())
                .description(q.description())
                .tags(List.copyOf(q.tags()))
                .parameters(parameters)
                .responses(new ApiResponses()
                        .addApiResponse("200", ok)
                        .addApiResponse("400", text("A parameter is unknown, missing or not of its type; the message names it."))
                        .addApiResponse("406", text("No result format matches the Accept header."))
                        .addApiResponse("503", text("The query ran out of time.")));
        // The view the /queries page opens the answer in (#+ view: map): table, bar, map or timeline.
        q.view().ifPresent(v -> operation.addExtension(VIEW_EXTENSION, v.key()));
        return operation;
    }

    private static Parameter parameter(org.evaw.queries.Parameter p) {
        Schema<Object> schema = schema(p.type() == org.evaw.queries.Parameter.Type.INTEGER ? "integer" : "string");
        if (p.type() == org.evaw.queries.Parameter.Type.IRI)
            schema.format("uri");
        if (p.defaultValue() != null)
            schema.setDefault(p.type() == org.evaw.queries.Parameter.Type.INTEGER ? Long.parseLong(p.defaultValue()) : p.defaultValue());
        if (!p.allowed().isEmpty())
            schema.setEnum(new ArrayList<>(p.allowed()));
        Parameter parameter = new Parameter();
        if (Choices.known(p.name()))
            parameter.addExtension(ChoiceOperations.EXTENSION, ChoiceOperations.path(p.name()));
        return parameter
                .name(p.name())
                .in("query")
                .required(p.defaultValue() == null)
                .description(switch (p.type()) {
                    case IRI -> "An absolute IRI.";
                    case INTEGER -> "A whole number.";
                    case STRING -> "A string, bound as a plain literal.";
                })
                .schema(schema);
    }

    private static Parameter pageParameter(SavedQuery q) {
        Schema<Object> schema = schema("integer").minimum(BigDecimal.ONE);
        schema.setDefault(1);
        return new Parameter()
                .name(Page.PARAMETER)
                .in("query")
                .required(false)
                .description("The page of the answer, " + q.pagination() + " rows a page (or the server's row cap, if lower); the Link "
                        + "header names the first, previous and next pages.")
                .schema(schema);
    }

    private static Parameter formatParameter() {
        Schema<Object> schema = schema("string");
        schema.setEnum(List.of("json", "xml", "csv", "tsv"));
        return new Parameter()
                .name(FORMAT_PARAMETER)
                .in("query")
                .required(false)
                .description("The result format, instead of the Accept header.")
                .schema(schema);
    }

    static ApiResponse text(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("text/plain", new MediaType().schema(schema("string"))));
    }

    /** A JSON Schema of one type, as OpenAPI 3.1 writes it. */
    static Schema<Object> schema(String type) {
        return new JsonSchema().typesItem(type);
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
