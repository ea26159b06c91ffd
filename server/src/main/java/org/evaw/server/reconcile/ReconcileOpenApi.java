package org.evaw.server.reconcile;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The reconciliation service's operations, for the server's OpenAPI 3.1 description (built with
 * swagger-core's models, as the saved-query API's is). The JSON bodies are those of the
 * Reconciliation Service API 0.2, whose schemas the Community Group publishes; each operation
 * links them rather than repeating them.
 */
public final class ReconcileOpenApi {
    static final String TAG = "reconciliation";
    static final String SCHEMAS = "https://reconciliation-api.github.io/specs/0.2/schemas/";

    private ReconcileOpenApi() {}

    /** The operations by path: {@code /reconcile}, its suggest services, preview and view. */
    public static Map<String, PathItem> paths() {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        Parameter queries = new Parameter().name("queries").in("query").required(false).schema(schema("string"))
                .description("A reconciliation query batch in JSON, such as {\"q0\": {\"query\": \"UNODC\", \"type\": \"Agency\"}}: "
                        + "at most " + QueryBatch.MAX_QUERIES + " queries of at most " + QueryBatch.MAX_QUERY_CHARS
                        + " characters. Without it, the answer is the service manifest.");
        ApiResponses batch = new ApiResponses()
                .addApiResponse("200", json("The service manifest (" + SCHEMAS + "manifest.json), or with 'queries' the candidates of "
                        + "each query, best first (" + SCHEMAS + "reconciliation-result-batch.json)."))
                .addApiResponse("400", text("'queries' is not well-formed JSON or not a query batch; the message says what is wrong."))
                .addApiResponse("413", text("The batch holds more than " + QueryBatch.MAX_QUERIES + " queries."))
                .addApiResponse("429", tooMany());
        Schema<Object> form = schema("object");
        form.addProperty("queries", schema("string"));
        form.setRequired(List.of("queries"));
        paths.put("/reconcile", new PathItem()
                .get(operation("reconcileGet", "The service manifest, or the candidates for a batch of names.",
                        "Reconciliation Service API 0.2, as OpenRefine 3.x calls it: candidates among the graph's agencies, partner "
                                + "organisations, programmes and countries, scored 0-100 by name (in every language the graph holds), "
                                + "acronym, initials and ISO code; 'match' is true only for the one entity with a name equal to the query.")
                        .parameters(List.of(queries)).responses(batch))
                .post(operation("reconcilePost", "The candidates for a batch of names, sent as a form.",
                        "The same as GET with 'queries', for batches too long for a URL.")
                        .requestBody(new RequestBody().required(true).content(new Content()
                                .addMediaType("application/x-www-form-urlencoded", new MediaType().schema(form))))
                        .responses(batch)));
        for (String kind : List.of("entity", "type", "property")) {
            Operation op = operation("suggest" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1),
                    "Auto-completion of " + kind + " names.", "The " + kind + " suggest service of the Reconciliation Service API 0.2.")
                    .addParametersItem(new Parameter().name("prefix").in("query").required(true).schema(schema("string"))
                            .description("The text typed so far."))
                    .addParametersItem(new Parameter().name("cursor").in("query").required(false)
                            .schema(schema("integer").minimum(BigDecimal.ZERO)).description("How many suggestions to skip."))
                    .addParametersItem(new Parameter().name("limit").in("query").required(false)
                            .schema(schema("integer").minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(ReconcileServlet.MAX_SUGGESTIONS)))
                            .description("How many suggestions to return (default " + ReconcileServlet.DEFAULT_SUGGESTIONS + ")."));
            if (kind.equals("entity"))
                op.addParametersItem(new Parameter().name("type").in("query").required(false).schema(schema("string"))
                        .description("Only entities of this type (class IRI or local name, such as Country)."));
            op.responses(new ApiResponses()
                    .addApiResponse("200", json("Suggestions (" + SCHEMAS + "suggest-" + (kind.equals("entity") ? "entities" : kind.equals("type")
                            ? "types" : "properties") + "-response.json)."))
                    .addApiResponse("400", text("'prefix' is missing or too long, or 'cursor' or 'limit' is not a whole number."))
                    .addApiResponse("429", tooMany()));
            paths.put("/reconcile/suggest/" + kind, new PathItem().get(op));
        }
        Parameter id = new Parameter().name("id").in("query").required(true).schema(schema("string").format("uri"))
                .description("The entity's IRI, as the reconciliation answers give it.");
        paths.put("/reconcile/preview", new PathItem().get(operation("reconcilePreview", "An HTML preview of an entity.",
                "A small page to show in a frame beside a candidate; it runs no script and may be framed by any page.")
                .addParametersItem(id)
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("The preview.")
                                .content(new Content().addMediaType("text/html", new MediaType().schema(schema("string")))))
                        .addApiResponse("404", text("No agency, partner, programme or country has this IRI.")))));
        paths.put("/reconcile/view", new PathItem().get(operation("reconcileView", "The entity's page.",
                "A redirect to the entity on this server.")
                .addParametersItem(id)
                .responses(new ApiResponses()
                        .addApiResponse("303", new ApiResponse().description("See the entity.")
                                .addHeaderObject("Location", new Header().schema(schema("string"))))
                        .addApiResponse("404", text("No agency, partner, programme or country has this IRI.")))));
        return paths;
    }

    private static Operation operation(String id, String summary, String description) {
        return new Operation().operationId(id).summary(summary).description(description).tags(List.of(TAG));
    }

    private static ApiResponse json(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/json", new MediaType().schema(schema("object"))));
    }

    private static ApiResponse text(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("text/plain", new MediaType().schema(schema("string"))));
    }

    private static ApiResponse tooMany() {
        return text("The client has used its share of the server (requests at once or seconds a minute); see Retry-After.");
    }

    private static Schema<Object> schema(String type) {
        return new JsonSchema().typesItem(type);
    }
}
