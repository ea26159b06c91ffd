package org.evaw.server.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.evaw.server.browse.ActivitiesServlet;
import org.evaw.server.browse.Facet;
import org.evaw.ontology.iri.UriSpace;

/** The OpenAPI operations of the activities by facets: {@code GET /activities} and {@code GET /activities.csv}. */
final class BrowseOperations {
    private BrowseOperations() {}

    static void addTo(Paths paths) {
        paths.addPathItem("/activities", new PathItem().get(activities()));
        paths.addPathItem("/activities.csv", new PathItem().get(csv()));
    }

    private static Operation activities() {
        List<Parameter> parameters = new ArrayList<>(filters());
        Schema<Object> page = OpenApiDocument.schema("integer").minimum(BigDecimal.ONE);
        page.setDefault(1);
        parameters.add(query("page", "The page, of " + ActivitiesServlet.PAGE_SIZE + " activities; past the last is a 400.", page));
        Schema<Object> facetKey = OpenApiDocument.schema("string");
        facetKey.setEnum(new ArrayList<>(Facet.KEYS));
        Schema<Object> more = array(facetKey);
        parameters.add(query("more", "Facets to list every value of; the others list their " + org.evaw.server.browse.Selection.LISTED
                + " most frequent (periods: earliest) and those chosen.", more).explode(true));
        parameters.add(query("lang", "The language of the names (a BCP 47 tag, one of the six UN languages); "
                + "else Accept-Language, else English.", OpenApiDocument.schema("string")));
        Schema<Object> named = array(object(Map.of("iri", uri(), "label", string(), "href", string())));
        Map<String, Schema<Object>> activity = new TreeMap<>(Map.of("iri", uri(), "href", string(), "label", string()));
        for (String key : List.of("agency", "country", "region", "period", "programme", "partner", "form", "source"))
            activity.put(key, named);
        Schema<Object> value = object(Map.of(
                "iri", uri(), "value", described("string", "How the URL names the value."), "label", string(),
                "count", described("integer", "Activities of the other facets' selection that have this value."),
                "selected", OpenApiDocument.schema("boolean"),
                "toggle", described("string", "The selection with this value chosen, or no longer chosen.")));
        Schema<Object> facet = object(Map.of(
                "key", string(), "label", string(), "values", array(value),
                "valuesInAll", described("integer", "How many values the facet has among these activities."),
                "more", described("string", "The selection listing every value of this facet, when not all are listed.")));
        Schema<Object> result = object(Map.of(
                "total", described("integer", "How many activities the selection holds."),
                "page", OpenApiDocument.schema("integer"),
                "pages", OpenApiDocument.schema("integer"),
                "pageSize", OpenApiDocument.schema("integer"),
                "selection", described("object", "For each facet narrowed, the IRIs of the values chosen."),
                "links", described("object", "self, prev, next and csv: this selection's other pages and its CSV."),
                "activities", array(object(activity)),
                "facets", array(facet)));
        return new Operation()
                .operationId("browseActivities")
                .summary("Activities narrowed by agency, country, region, period, programme, partner and form of violence")
                .description("Several values of one facet select the activities with any of them; several facets, the "
                        + "activities with all of them. A form of violence selects the activities classified by it or by a "
                        + "form below it. Each facet's values are counted among the activities the other facets select. "
                        + "Activities come in a stable order, by IRI (so by source page). An HTML page by default, "
                        + "JSON by Accept: application/json, every matching activity as CSV by Accept: text/csv (as at "
                        + "/activities.csv). Runs under the server's query timeout and the client's share of the server.")
                .tags(List.of("browse"))
                .parameters(parameters)
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("The page of activities, with the facets' counts.")
                                .content(new Content()
                                        .addMediaType("text/html", new MediaType().schema(string()))
                                        .addMediaType("application/json", new MediaType().schema(result))
                                        .addMediaType("text/csv", new MediaType().schema(string()))))
                        .addApiResponse("400", error("A parameter is not a filter, a value names nothing the facet has, or the page is past the last."))
                        .addApiResponse("406", OpenApiDocument.text("None of HTML, JSON or CSV is acceptable."))
                        .addApiResponse("429", OpenApiDocument.text("The client has used its share of the server for now; see Retry-After."))
                        .addApiResponse("503", error("The request outlasted the server's query timeout.")));
    }

    private static Operation csv() {
        List<Parameter> parameters = new ArrayList<>(filters());
        return new Operation()
                .operationId("browseActivitiesCsv")
                .summary("Every activity of a selection as CSV")
                .description("The same filters as /activities; every matching activity, one row each (its IRI, words, "
                        + "lead agency, countries, regions, reporting period, programmes, partners, forms of violence and "
                        + "source, by name), up to the server's row cap. X-Total-Count gives how many match; past the cap, "
                        + "X-Result-Capped: rows=N says the rows stop there.")
                .tags(List.of("browse"))
                .parameters(parameters)
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("The activities, with a header row.")
                                .addHeaderObject("X-Total-Count", new Header().schema(OpenApiDocument.schema("integer")))
                                .addHeaderObject("X-Result-Capped", new Header().description("rows=N when the row cap cut the rows")
                                        .schema(string()))
                                .content(new Content().addMediaType("text/csv", new MediaType().schema(string()))))
                        .addApiResponse("400", OpenApiDocument.text("A parameter is not a filter, or a value names nothing the facet has."))
                        .addApiResponse("429", OpenApiDocument.text("The client has used its share of the server for now; see Retry-After."))
                        .addApiResponse("503", OpenApiDocument.text("The request outlasted the server's query timeout.")));
    }

    private static List<Parameter> filters() {
        List<Parameter> filters = new ArrayList<>();
        // The facets as the server reads them; the base only changes the IRIs, not what the parameters are.
        for (Facet f : Facet.all(UriSpace.defaultBase())) {
            Schema<Object> values = array(string());
            filters.add(query(f.key(), f.label() + ", repeated for several (any of them): the end of the value's IRI, as "
                    + "the facet's links write it (such as " + f.key() + "=" + f.example() + "), or the whole IRI.", values)
                    .explode(true));
        }
        return filters;
    }

    private static Parameter query(String name, String description, Schema<Object> schema) {
        return new Parameter().name(name).in("query").required(false).description(description).schema(schema);
    }

    private static ApiResponse error(String description) {
        return new ApiResponse().description(description).content(new Content()
                .addMediaType("application/json", new MediaType().schema(object(Map.of("error", string()))))
                .addMediaType("text/html", new MediaType().schema(string())));
    }

    private static Schema<Object> string() {
        return OpenApiDocument.schema("string");
    }

    private static Schema<Object> uri() {
        return string().format("uri");
    }

    private static Schema<Object> described(String type, String description) {
        return OpenApiDocument.schema(type).description(description);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<Object> object(Map<String, Schema<Object>> properties) {
        Schema<Object> schema = OpenApiDocument.schema("object");
        schema.setProperties((Map) new TreeMap<>(properties));
        return schema;
    }

    private static Schema<Object> array(Schema<Object> items) {
        Schema<Object> schema = OpenApiDocument.schema("array");
        schema.setItems(items);
        return schema;
    }
}
