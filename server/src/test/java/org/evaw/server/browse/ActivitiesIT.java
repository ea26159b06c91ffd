package org.evaw.server.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.evaw.ontology.sparql.QueryFiles;
import org.evaw.server.CorpusStore;
import org.evaw.server.EvawServer;
import org.evaw.server.http.ClientBudget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code /activities} over HTTP, against the server on the bundled corpus: its counts are those a
 * SPARQL query written apart counts in the store, its HTML, JSON and CSV agree on how many
 * activities a selection holds, its pages cover the selection once in a stable order, each row
 * links to a page the server serves, and a parameter that names nothing is a 400 that says why.
 */
class ActivitiesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ClientBudget.Settings UNLIMITED = new ClientBudget.Settings(0, 0);
    /** Led by UNODC, in Asia or Europe, about trafficking in persons: three facets, one of them with two values. */
    private static final String COMBINED = "agency=unodc&region=asia&region=europe&form=trafficking-in-persons";
    private static final Pattern TOTAL = Pattern.compile("data-total=\"(\\d+)\"");

    @TempDir
    static Path dir;
    private static DatasetGraph store;
    private static EvawServer server;

    @BeforeAll
    static void start() {
        store = CorpusStore.create(dir.resolve("tdb2"));
        server = EvawServer.create().port(0).dataset(store).clientBudget(UNLIMITED).dumps(dir.resolve("dumps")).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    @Test
    void aCombinedSelectionCountsWhatSparqlCountsInTheStore() throws Exception {
        long expected = Long.parseLong(direct("combined-count.rq").get(0).get("total"));
        JsonNode page = json("activities?" + COMBINED);
        assertEquals(expected, page.get("total").asLong());
        assertTrue(expected > 0 && expected < json("activities?form=trafficking-in-persons").get("total").asLong(),
                "the selection narrows, and still holds some: " + expected);
    }

    @Test
    void eachFacetCountsAmongWhatTheOtherFacetsSelect() throws Exception {
        JsonNode page = json("activities?" + COMBINED);
        assertEquals(counts("combined-countries.rq"), facet(page, "country"), "countries: all three facets apply");
        assertEquals(counts("combined-regions.rq"), facet(page, "region"), "regions: their own choice left out");
        assertTrue(facet(page, "region").size() > 2, "other regions are offered too: " + facet(page, "region"));
    }

    @Test
    void htmlJsonAndCsvAgreeOnTheTotal() throws Exception {
        for (String selection : List.of("", COMBINED, "partner=agency/un-women&partner=agency/undp")) {
            long json = json("activities?" + selection).get("total").asLong();
            HttpResponse<String> html = get("activities?" + selection, "text/html");
            Matcher m = TOTAL.matcher(html.body());
            assertTrue(m.find(), "the page states its total");
            assertEquals(json, Long.parseLong(m.group(1)), selection);
            HttpResponse<String> csv = get("activities.csv?" + selection, "*/*");
            assertEquals(200, csv.statusCode());
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            List<String> lines = csv.body().lines().toList();
            assertTrue(lines.get(0).startsWith("activity,label,lead_agency,countries"), lines.get(0));
            assertEquals(json, lines.size() - 1, selection + ": one CSV row per activity");
            assertEquals(json, Long.parseLong(csv.headers().firstValue("X-Total-Count").orElseThrow()));
            HttpResponse<String> negotiated = get("activities?" + selection, "text/csv");
            assertEquals(csv.body(), negotiated.body(), "Accept: text/csv gives the same rows as /activities.csv");
        }
    }

    @Test
    void thePagesHoldEveryActivityOnceInTheSameOrderEachTime() throws Exception {
        JsonNode first = json("activities");
        long total = first.get("total").asLong();
        long pages = first.get("pages").asLong();
        assertTrue(pages > 1, "more than one page of the corpus's activities");
        List<String> seen = new ArrayList<>();
        for (long p = 1; p <= pages; p++) {
            JsonNode page = json("activities?page=" + p);
            page.get("activities").forEach(a -> seen.add(a.get("iri").asText()));
            assertEquals(p < pages, page.get("links").has("next"), "page " + p);
        }
        assertEquals(total, seen.size());
        assertEquals(total, new LinkedHashSet<>(seen).size(), "no activity on two pages");
        List<String> again = new ArrayList<>();
        json("activities?page=1").get("activities").forEach(a -> again.add(a.get("iri").asText()));
        assertEquals(seen.subList(0, again.size()), again, "the same order on each request");
    }

    @Test
    void linkedValuesKeepOneKeyOrderSoThatAPageIsTheSameBytesEachTime() throws Exception {
        int seen = 0;
        for (JsonNode a : json("activities?" + COMBINED).get("activities")) {
            for (JsonNode column : a) {
                if (!column.isArray())
                    continue;
                for (JsonNode value : column) {
                    List<String> keys = new ArrayList<>();
                    value.fieldNames().forEachRemaining(keys::add);
                    assertEquals(List.of("iri", "label", "href"), keys);
                    seen++;
                }
            }
        }
        assertTrue(seen > 0, "the page has linked values");
    }

    @Test
    void everyRowLinksToTheActivitysPage() throws Exception {
        JsonNode page = json("activities?" + COMBINED);
        for (JsonNode a : page.get("activities")) {
            String href = a.get("href").asText();
            assertTrue(href.startsWith("/page/activity/"), href);
            HttpResponse<String> entity = get(href.substring(1), "text/html");
            assertEquals(200, entity.statusCode(), href);
        }
        String html = get("activities?" + COMBINED, "text/html").body();
        assertTrue(html.contains("<a class=\"activity\" href=\"" + page.get("activities").get(0).get("href").asText() + "\">"));
    }

    @Test
    void theUrlHoldsTheSelectionAndEachValueLinksToTheNextOne() throws Exception {
        JsonNode page = json("activities?region=asia");
        JsonNode asia = value(page, "region", "asia");
        assertTrue(asia.get("selected").asBoolean());
        assertEquals("/activities", asia.get("toggle").asText(), "choosing it again drops it");
        JsonNode europe = value(page, "region", "europe");
        assertEquals("/activities?region=asia&region=europe", europe.get("toggle").asText());
        JsonNode both = json(europe.get("toggle").asText().substring(1));
        assertTrue(both.get("total").asLong() >= page.get("total").asLong(), "a second value of one facet widens");
        String html = get("activities?region=asia", "text/html").body();
        assertTrue(html.contains("href=\"/activities?region&#x3D;asia&amp;region&#x3D;europe\""), "a plain link, no script");
    }

    @Test
    void aLongFacetListsItsFirstValuesAndAllWhenAsked() throws Exception {
        JsonNode first = json("activities");
        JsonNode countries = facetNode(first, "country");
        long inAll = countries.get("valuesInAll").asLong();
        assertTrue(inAll > Selection.LISTED, "the corpus names more countries than a facet lists: " + inAll);
        assertEquals(Selection.LISTED, countries.get("values").size());
        assertEquals("/activities?more=country", countries.get("more").asText());
        JsonNode all = facetNode(json("activities?more=country"), "country");
        assertEquals(inAll, all.get("values").size());
        assertTrue(facet(json("activities?more=country"), "country").entrySet().containsAll(facet(first, "country").entrySet()),
                "the first listed are among all, with the same counts");
        String html = get("activities", "text/html").body();
        assertTrue(html.contains("<a href=\"/activities?more&#x3D;country\">Show all " + inAll), "a link lists them all");
    }

    /**
     * With nothing chosen, each facet's counts are read from the summary graph (facet/KEY-kept.rq, or facet/kept-counts.rq for the property of a "kept" header):
     * they are what a grouped count written here, over every activity of the store, gives; and the
     * summary does hold them (else the page would have counted them itself, and this proves nothing
     * of the summary).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "agency    | ?activity evaw:leadAgency ?value",
        "country   | ?activity evaw:country ?value",
        "region    | ?activity evaw:country ?c . ?c evaw:region ?value",
        "period    | ?activity evaw:reportingPeriod ?value",
        "programme | ?activity evaw:programme ?value",
        "partner   | ?activity evaw:partner ?value",
        "form      | ?activity evaw:formOfViolence/skos:broader* ?value . ?value skos:inScheme <https://w3id.org/evaw-kg/concept/violence>",
    })
    void withNothingChosenEachFacetCountsEveryActivityAsTheSummaryKeepsThem(String key, String pattern) throws Exception {
        String grouped = "PREFIX evaw: <https://w3id.org/evaw-kg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT ?value (COUNT(DISTINCT ?activity) AS ?count) WHERE { " + pattern + " } GROUP BY ?value";
        Map<String, Long> expected = counted(org.apache.jena.query.QueryFactory.create(grouped));
        assertFalse(expected.isEmpty(), key + " has values in the corpus");
        assertEquals(expected, facet(json("activities?more=" + key), key));
        Facet facet = Facet.all(org.evaw.ontology.iri.UriSpace.defaultBase()).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
        assertEquals(expected, counted(facet.kept()), "the summary graph keeps the " + key + " counts");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "agency=nobody                   | No activity has the lead agency 'nobody'",
        "agency=http://exa%20mple/x      | is not an IRI, nor the end of one",
        "form=%3Cscript%3E               | is not an IRI, nor the end of one",
        "page=999                        | Page 999 is past the last page of this selection",
        "page=two                        | is not a page number",
        "colour=red                      | There is no filter 'colour'",
    })
    void aBadParameterIsA400ThatSaysWhyOnThePage(String query, String sentence) throws Exception {
        HttpResponse<String> html = get("activities?" + query, "text/html");
        assertEquals(400, html.statusCode(), query);
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String unescaped = html.body().replace("&#39;", "'").replace("&#x3D;", "=");
        assertTrue(unescaped.contains("role=\"alert\"><p>") && unescaped.contains(sentence), query + ": " + html.body());
        assertFalse(html.body().contains("<table"), "no table, blank or not");
        assertFalse(html.body().contains("<script>"), "the value is escaped");
        HttpResponse<String> json = get("activities?" + query, "application/json");
        assertEquals(400, json.statusCode());
        String error = JSON.readTree(json.body()).get("error").asText();
        assertTrue(error.contains(sentence) && error.endsWith("."), error);
        assertEquals(400, get("activities.csv?" + query.replace("page=999", "agency=nobody"), "*/*").statusCode());
    }

    @Test
    void theOpenApiDescriptionHasTheOperations() throws Exception {
        JsonNode api = JSON.readTree(get("api", "*/*").body());
        JsonNode op = api.get("paths").get("/activities").get("get");
        Set<String> parameters = new LinkedHashSet<>();
        op.get("parameters").forEach(p -> parameters.add(p.get("name").asText()));
        assertEquals(Set.of("agency", "country", "region", "period", "programme", "partner", "form", "page", "more", "lang"), parameters);
        assertTrue(op.get("responses").has("400"));
        assertTrue(api.get("paths").get("/activities.csv").get("get").get("responses").get("200").get("content").has("text/csv"));
    }

    @Test
    void theHomePageAndTheNavigationLinkIt() throws Exception {
        String home = get("", "text/html").body();
        int main = home.indexOf("<main");
        assertTrue(main > 0);
        assertTrue(home.substring(0, main).contains("<li><a href=\"/activities\">"), "in the navigation");
        assertTrue(home.substring(main).contains("<a href=\"/activities\">"), "in the home page's text");
    }

    private static JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path, "application/json");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode value(JsonNode page, String facet, String value) {
        for (JsonNode f : page.get("facets")) {
            if (f.get("key").asText().equals(facet)) {
                for (JsonNode v : f.get("values")) {
                    if (v.get("value").asText().equals(value))
                        return v;
                }
            }
        }
        throw new AssertionError("no value " + value + " of " + facet);
    }

    private static JsonNode facetNode(JsonNode page, String key) {
        for (JsonNode f : page.get("facets")) {
            if (f.get("key").asText().equals(key))
                return f;
        }
        throw new AssertionError("no facet " + key);
    }

    private static Map<String, Long> facet(JsonNode page, String key) {
        Map<String, Long> counts = new HashMap<>();
        for (JsonNode f : page.get("facets")) {
            if (f.get("key").asText().equals(key))
                f.get("values").forEach(v -> counts.put(v.get("iri").asText(), v.get("count").asLong()));
        }
        return counts;
    }

    private static Map<String, Long> counted(Query query) {
        Map<String, Long> counts = new HashMap<>();
        Txn.executeRead(store, () -> {
            try (QueryExec exec = QueryExec.dataset(store).query(query).build()) {
                exec.select().forEachRemaining(b -> counts.put(b.get("value").getURI(),
                        Long.parseLong(b.get("count").getLiteralLexicalForm())));
            }
        });
        return counts;
    }

    private static Map<String, Long> counts(String file) {
        Map<String, Long> counts = new HashMap<>();
        for (Map<String, String> row : direct(file))
            counts.put(row.get("value"), Long.parseLong(row.get("count")));
        return counts;
    }

    /** The rows of a query file beside this test, run on the store as the server sees it (the union of its graphs). */
    private static List<Map<String, String>> direct(String file) {
        Query query = QueryFiles.query(ActivitiesIT.class, file);
        return Txn.calculateRead(store, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(store).query(query).build()) {
                exec.select().forEachRemaining(b -> {
                    Map<String, String> row = new HashMap<>();
                    b.vars().forEachRemaining(v -> {
                        var n = b.get(v);
                        row.put(v.getVarName(), n.isURI() ? n.getURI() : n.getLiteralLexicalForm());
                    });
                    rows.add(row);
                });
            }
            return rows;
        });
    }
}
