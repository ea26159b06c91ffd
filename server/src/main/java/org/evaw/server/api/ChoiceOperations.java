package org.evaw.server.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/** The OpenAPI operation of {@code GET /choices/{name}} ({@link ChoicesServlet}), and the extension that points to it. */
final class ChoiceOperations {
    /** The member of a saved query's parameter that names where its choices are listed. */
    static final String EXTENSION = "x-choices";

    private ChoiceOperations() {}

    static String path(String parameter) {
        return "/choices/" + parameter;
    }

    static void addTo(Paths paths) {
        Schema<Object> limit = OpenApiDocument.schema("integer").minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(ChoicesServlet.MAX_LIMIT));
        limit.setDefault(ChoicesServlet.MAX_LIMIT);
        Schema<Object> choice = OpenApiDocument.schema("object");
        choice.setProperties(new TreeMap<>(Map.of(
                "value", OpenApiDocument.schema("string").description("The value to give the parameter."),
                "label", OpenApiDocument.schema("string").description("What a person calls it."))));
        Schema<Object> choices = OpenApiDocument.schema("array");
        choices.setItems(choice);
        Schema<Object> error = OpenApiDocument.schema("object");
        error.setProperties(new TreeMap<>(Map.of("error", OpenApiDocument.schema("string"))));
        paths.addPathItem("/choices/{name}", new PathItem().get(new Operation()
                .operationId("choices")
                .summary("The values a saved query's parameter takes, by name")
                .description("The values of a parameter that the graph knows, each with a name a person recognises: "
                        + "countries (ISO 3166-1 alpha-3 code, English name), regions, agencies (acronym, name), the "
                        + "graphs of source pages (IRI, title), years of publications and forms of violence (code, name); ordered by name. A saved "
                        + "query's parameter that has choices names this path in its x-choices member.")
                .tags(List.of("saved queries"))
                .parameters(List.of(
                        new Parameter().name("name").in("path").required(true).description("The parameter's name.")
                                .schema(OpenApiDocument.schema("string")),
                        new Parameter().name("q").in("query").required(false)
                                .description("Only the choices whose value or name holds this text, in any case.")
                                .schema(OpenApiDocument.schema("string").maxLength(ChoicesServlet.MAX_CHARS)),
                        new Parameter().name("limit").in("query").required(false).description("How many choices at most.")
                                .schema(limit)))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("The choices, by name.")
                                .content(new Content().addMediaType("application/json", new MediaType().schema(choices))))
                        .addApiResponse("400", json("q is too long or limit is out of range.", error))
                        .addApiResponse("404", json("No parameter of that name has choices.", error))
                        .addApiResponse("429", OpenApiDocument.text("The client has used its share of the server for now; see Retry-After."))
                        .addApiResponse("503", json("Listing the choices ran out of time.", error)))));
    }

    private static ApiResponse json(String description, Schema<Object> schema) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/json", new MediaType().schema(schema)));
    }
}
