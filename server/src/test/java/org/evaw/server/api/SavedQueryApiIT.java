package org.evaw.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.evaw.queries.Catalogue;
import org.evaw.server.CorpusStore;
import org.evaw.server.EvawServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The saved queries over HTTP, as an analyst's script or a browser calls them. A second server
 * over the same store caps answers at {@value #SMALL_CAP} rows ({@code serve --max-rows}), so that
 * the bundled corpus meets the cap (issue 15, item 7).
 */
class SavedQueryApiIT {
    private static final int SMALL_CAP = 10;
    private static EvawServer server;
    private static EvawServer capped;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        DatasetGraph store = CorpusStore.create(dir.resolve("tdb2"));
        server = EvawServer.create().port(0).dataset(store).build().start();
        capped = EvawServer.create().port(0).dataset(store).maxRows(SMALL_CAP).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
        if (capped != null)
            capped.stop();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return get(server, path, accept);
    }

    private static HttpResponse<String> get(EvawServer on, String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(on.url() + path.replaceFirst("^/", "")));
        if (accept != null)
            b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersAsCsvWhenAcceptAsksForIt() throws Exception {
        HttpResponse<String> r = get("/api/agencies-in-country?country=VNM", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.body().contains("UNODC") && r.body().contains("UNFPA"), r.body());
    }

    @Test
    void answersSparqlJsonByDefaultAndXmlOrTsvOnRequest() throws Exception {
        HttpResponse<String> json = get("/api/countries-of-agency?agency=UNODC", null);
        assertEquals(200, json.statusCode());
        ResultSet rs = ResultsReader.create().lang(ResultSetLang.RS_JSON).read(new ByteArrayInputStream(json.body().getBytes(StandardCharsets.UTF_8)));
        int rows = 0;
        for (; rs.hasNext(); rs.next())
            rows++;
        assertTrue(rows >= 40, "UNODC works in at least 40 countries: " + rows);
        assertTrue(get("/api/countries-of-agency", "application/sparql-results+xml").body().contains("<sparql"));
        assertTrue(get("/api/countries-of-agency?format=tsv", null).headers().firstValue("Content-Type").orElse("")
                .startsWith("text/tab-separated-values"));
    }

    /** UNODC works in more than 40 countries: under a cap of 10 rows the answer is cut, and says so. */
    @Test
    void saysInItsJsonAndInAHeaderThatTheRowCapCutTheAnswer() throws Exception {
        HttpResponse<String> whole = get("/api/countries-of-agency?agency=UNODC", "application/sparql-results+json");
        HttpResponse<String> cut = get(capped, "/api/countries-of-agency?agency=UNODC", "application/sparql-results+json");
        assertEquals(200, cut.statusCode(), cut.body());
        assertEquals("rows=" + SMALL_CAP, cut.headers().firstValue("X-Result-Capped").orElse(null));
        JsonObject json = JSON.parse(cut.body());
        System.out.printf("caps: /api/countries-of-agency?agency=UNODC under a cap of %d rows: %d rows, X-Result-Capped: %s, "
                        + "\"capped\": %s (the whole answer: %d rows, no header: %s)%n", SMALL_CAP, rows(cut.body()),
                cut.headers().firstValue("X-Result-Capped").orElse("-"), json.get("capped"), rows(whole.body()),
                whole.headers().firstValue("X-Result-Capped").isEmpty());
        assertEquals(SMALL_CAP, json.get("capped").getAsObject().get("rows").getAsNumber().value().intValue(), cut.body());
        assertEquals(SMALL_CAP, rows(cut.body()), "the answer is still SPARQL JSON results, of the cap's rows");
        // The same query on the server with the default cap: the whole answer, without a word of a cap.
        assertTrue(rows(whole.body()) > SMALL_CAP, whole.body());
        assertTrue(whole.headers().firstValue("X-Result-Capped").isEmpty(), whole.headers().toString());
        assertFalse(JSON.parse(whole.body()).hasKey("capped"), "no cap member when nothing was cut");
        // Under the cap: five publication years, neither header nor member.
        HttpResponse<String> under = get(capped, "/api/publications-by-year", null);
        assertEquals(5, rows(under.body()), under.body());
        assertTrue(under.headers().firstValue("X-Result-Capped").isEmpty(), under.headers().toString());
        assertFalse(JSON.parse(under.body()).hasKey("capped"), under.body());
        // CSV has no room for the member; the header says it.
        HttpResponse<String> csv = get(capped, "/api/countries-of-agency?agency=UNODC", "text/csv");
        assertEquals(SMALL_CAP, csv.body().strip().lines().count() - 1, csv.body());
        assertEquals("rows=" + SMALL_CAP, csv.headers().firstValue("X-Result-Capped").orElse(null));
    }

    /** How many rows a SPARQL JSON result holds, as Jena's reader reads it. */
    private static int rows(String json) {
        ResultSet rs = ResultsReader.create().lang(ResultSetLang.RS_JSON).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        int rows = 0;
        for (; rs.hasNext(); rs.next())
            rows++;
        return rows;
    }

    @Test
    void refusesAnIllTypedParameterNamingIt() throws Exception {
        HttpResponse<String> r = get("/api/publications-since-year?year=abc", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("'year'"), r.body());
    }

    @Test
    void refusesAnUnknownParameterNamingIt() throws Exception {
        HttpResponse<String> r = get("/api/agencies-in-country?contry=VNM", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("'contry'"), r.body());
    }

    @Test
    void refusesAValueOutsideTheEnumeration() throws Exception {
        HttpResponse<String> r = get("/api/entities-of-type?type=Atlantis", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("'type'"), r.body());
    }

    @Test
    void bindsAHostileValueAsALiteral() throws Exception {
        String hostile = URLEncoder.encode("VNM\" } ; DROP ALL #", StandardCharsets.UTF_8);
        HttpResponse<String> r = get("/api/agencies-in-country?country=" + hostile, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, r.body().strip().lines().count(), "only the header row: " + r.body());
    }

    @Test
    void answers404ForAnUnknownQueryAnd406ForAnUnknownFormat() throws Exception {
        assertEquals(404, get("/api/no-such-query", null).statusCode());
        assertEquals(406, get("/api/agencies-in-country", "image/png").statusCode());
    }

    @Test
    void describesTheWholeCatalogueAsValidOpenApi() throws Exception {
        HttpResponse<String> r = get("/api", "application/json");
        assertEquals(200, r.statusCode());
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/vnd.oai.openapi+json") && type.contains("version=3.1"), type);
        assertEquals("3.1.1", new OpenAPIParser().readContents(r.body(), null, null).getOpenAPI().getOpenapi());
        SwaggerParseResult parsed = new OpenAPIParser().readContents(r.body(), null, null);
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), String.valueOf(parsed.getMessages()));
        assertEquals(Catalogue.bundled().all().size(),
                parsed.getOpenAPI().getPaths().keySet().stream().filter(p -> p.startsWith("/api/")).count());
        assertTrue(parsed.getOpenAPI().getPaths().containsKey("/suggest"));
        var op = parsed.getOpenAPI().getPaths().get("/api/publications-since-year").getGet();
        var year = op.getParameters().stream().filter(p -> p.getName().equals("year")).findFirst().orElseThrow();
        assertEquals(Set.of("integer"), year.getSchema().getTypes());
        assertTrue(op.getResponses().get("200").getContent().containsKey("text/csv"));
    }

    /** The UN country table of the reference data lists 249 countries: pages of 100, 100 and 49. */
    @Test
    void pagesALongAnswerWithLinksToTheOtherPages() throws Exception {
        HttpResponse<String> first = get("/api/entities-of-type?type=Country", "text/csv");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(100, first.body().strip().lines().count() - 1);
        String links = first.headers().firstValue("Link").orElse("");
        assertTrue(links.contains("</api/entities-of-type?type=Country&page=2>; rel=\"next\""), links);
        assertTrue(links.contains("</api/entities-of-type?type=Country&page=1>; rel=\"first\""), links);
        assertFalse(links.contains("rel=\"prev\"") || links.contains("rel=\"last\""), links);

        HttpResponse<String> second = get("/api/entities-of-type?page=2&type=Country", "text/csv");
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(100, second.body().strip().lines().count() - 1);
        assertNotEquals(first.body(), second.body());
        assertTrue(second.headers().firstValue("Link").orElse("").contains("page=1>; rel=\"prev\""));
        assertTrue(second.headers().firstValue("Link").orElse("").contains("page=3>; rel=\"next\""));

        HttpResponse<String> third = get("/api/entities-of-type?type=Country&page=3", "text/csv");
        assertEquals(49, third.body().strip().lines().count() - 1);
        String last = third.headers().firstValue("Link").orElse("");
        assertTrue(last.contains("page=3>; rel=\"last\"") && !last.contains("rel=\"next\""), last);
        // No row is on two pages.
        Set<String> rows = new HashSet<>();
        for (HttpResponse<String> page : List.of(first, second, third))
            page.body().strip().lines().skip(1).forEach(row -> assertTrue(rows.add(row), "on two pages: " + row));
        assertEquals(249, rows.size());
    }

    /** A server that caps answers at 10 rows pages a paginated query by 10: the cap holds for pages too. */
    @Test
    void pagesNoLongerThanTheServersRowCap() throws Exception {
        Set<String> rows = new HashSet<>();
        for (int number = 1; number <= 3; number++) {
            HttpResponse<String> page = get(capped, "/api/entities-of-type?type=Country&page=" + number, "text/csv");
            assertEquals(200, page.statusCode(), page.body());
            List<String> lines = page.body().strip().lines().skip(1).toList();
            assertEquals(SMALL_CAP, lines.size(), page.body());
            lines.forEach(row -> assertTrue(rows.add(row), "on two pages: " + row));
            assertTrue(page.headers().firstValue("Link").orElse("").contains("page=" + (number + 1) + ">; rel=\"next\""));
        }
    }

    @Test
    void refusesABadPageNamingTheParameter() throws Exception {
        for (String bad : List.of("0", "-2", "next", "1.5")) {
            HttpResponse<String> r = get("/api/entities-of-type?page=" + bad, null);
            assertEquals(400, r.statusCode(), bad);
            assertTrue(r.body().contains("'page'"), r.body());
        }
        HttpResponse<String> unpaged = get("/api/agencies-in-country?page=2", null);
        assertEquals(400, unpaged.statusCode());
        assertTrue(unpaged.body().contains("'page'"), unpaged.body());
    }

    @Test
    void describesThePageParameterOfPaginatedQueriesOnly() throws Exception {
        var api = new OpenAPIParser().readContents(get("/api", "application/json").body(), null, null).getOpenAPI();
        var paged = api.getPaths().get("/api/entities-of-type").getGet();
        var page = paged.getParameters().stream().filter(p -> p.getName().equals("page")).findFirst().orElseThrow();
        assertEquals(Set.of("integer"), page.getSchema().getTypes());
        assertTrue(paged.getResponses().get("200").getHeaders().containsKey("Link"));
        assertTrue(api.getPaths().get("/api/agencies-in-country").getGet().getParameters().stream()
                .noneMatch(p -> p.getName().equals("page")));
    }

    @Test
    void servesTheQueryPagesAndTheirAssets() throws Exception {
        for (String path : List.of("/queries", "/sparql-editor", "/assets/yasgui.min.js", "/assets/chart.umd.min.js", "/assets/queries.js"))
            assertEquals(200, get(path, null).statusCode(), path);
        int traversal = get("/assets/../../etc/passwd", null).statusCode();
        assertTrue(traversal == 400 || traversal == 404, "path traversal answered " + traversal);
        assertEquals(404, get("/assets/pom.xml", null).statusCode());
    }

}
