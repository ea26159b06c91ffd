package org.evaw.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.evaw.queries.Catalogue;
import org.junit.jupiter.api.Test;

/** The saved-query API's description, as an OpenAPI 3.1 tool reads it. */
class OpenApiDocumentTest {
    private static final String JSON = new String(OpenApiDocument.json(OpenApiDocument.of(Catalogue.bundled(), "test")),
            StandardCharsets.UTF_8);

    private static OpenAPI parsed() {
        SwaggerParseResult result = new OpenAPIParser().readContents(JSON, null, null);
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(), String.valueOf(result.getMessages()));
        return result.getOpenAPI();
    }

    @Test
    void isValidOpenApi31WithAnOperationPerSavedQuery() {
        OpenAPI api = parsed();
        assertEquals("3.1.1", api.getOpenapi());
        assertEquals(Catalogue.bundled().all().size(), api.getPaths().keySet().stream().filter(p -> p.startsWith("/api/")).count());
        assertEquals("suggest", api.getPaths().get("/suggest").getGet().getOperationId());
        assertEquals("search", api.getPaths().get("/search").getGet().getOperationId());
        assertEquals("agenciesInCountry", api.getPaths().get("/api/agencies-in-country").getGet().getOperationId());
    }

    @Test
    void describesTheReconciliationService() {
        var paths = parsed().getPaths();
        assertTrue(paths.get("/reconcile").getPost().getRequestBody().getContent().containsKey("application/x-www-form-urlencoded"));
        assertEquals("queries", paths.get("/reconcile").getGet().getParameters().get(0).getName());
        for (String kind : java.util.List.of("entity", "type", "property"))
            assertTrue(paths.get("/reconcile/suggest/" + kind).getGet().getParameters().stream()
                    .anyMatch(p -> p.getName().equals("prefix") && p.getRequired()), kind);
        assertTrue(paths.get("/reconcile/preview").getGet().getResponses().get("200").getContent().containsKey("text/html"));
        assertTrue(paths.get("/reconcile/view").getGet().getResponses().containsKey("303"));
    }

    /** The view a saved query opens in ({@code #+ view: map}) reaches the page as an operation extension. */
    @Test
    void namesTheViewEachSavedQueryOpensIn() {
        var paths = parsed().getPaths();
        assertEquals("map", paths.get("/api/countries-of-agency").getGet().getExtensions().get("x-evaw-view"));
        assertEquals("timeline", paths.get("/api/activity-timeline").getGet().getExtensions().get("x-evaw-view"));
        var unnamed = paths.get("/api/agencies-in-country").getGet().getExtensions();
        assertTrue(unnamed == null || !unnamed.containsKey("x-evaw-view"), "a query that names no view leaves it to the page");
    }

    @Test
    void typesParametersAsJsonSchema() {
        var op = parsed().getPaths().get("/api/publications-since-year").getGet();
        var year = op.getParameters().stream().filter(p -> p.getName().equals("year")).findFirst().orElseThrow();
        assertEquals(Set.of("integer"), year.getSchema().getTypes());
        assertTrue(JSON.contains("\"type\" : \"integer\""), "one type is written as a string, not an array");
        var format = op.getParameters().stream().filter(p -> p.getName().equals("format")).findFirst().orElseThrow();
        assertEquals(java.util.List.of("json", "xml", "csv", "tsv"), format.getSchema().getEnum());
        assertTrue(op.getResponses().get("200").getContent().containsKey("text/csv"));
    }

    @Test
    void describesThePageParameterOfPaginatedQueriesOnly() {
        var paths = parsed().getPaths();
        var paged = paths.get("/api/entities-of-type").getGet();
        var page = paged.getParameters().stream().filter(p -> p.getName().equals("page")).findFirst().orElseThrow();
        assertEquals(Set.of("integer"), page.getSchema().getTypes());
        assertEquals(1, page.getSchema().getMinimum().intValue());
        assertTrue(paged.getResponses().get("200").getHeaders().containsKey("Link"));
        assertTrue(paths.get("/api/agencies-in-country").getGet().getParameters().stream().noneMatch(p -> p.getName().equals("page")));
    }

    @Test
    void parametersWhoseValuesTheGraphKnowsNameWhereTheirChoicesAre() {
        var paths = parsed().getPaths();
        var country = paths.get("/api/agencies-in-country").getGet().getParameters().stream()
                .filter(p -> p.getName().equals("country")).findFirst().orElseThrow();
        assertEquals("/choices/country", country.getExtensions().get("x-choices"));
        var text = paths.get("/api/search-activities").getGet().getParameters().stream()
                .filter(p -> p.getName().equals("text")).findFirst().orElseThrow();
        assertTrue(text.getExtensions() == null || !text.getExtensions().containsKey("x-choices"), "free text has no choices");
        var choices = paths.get("/choices/{name}").getGet();
        assertEquals("choices", choices.getOperationId());
        assertTrue(choices.getResponses().get("200").getContent().containsKey("application/json"));
    }
}
