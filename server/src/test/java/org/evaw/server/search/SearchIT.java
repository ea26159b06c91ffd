package org.evaw.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.evaw.server.CorpusStore;
import org.evaw.server.EvawServer;
import org.evaw.server.http.ClientBudget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search as a browser and a program meet it: the bundled corpus in a TDB2 store, the server on a
 * free loopback port, {@code /suggest} and {@code /search} asked over HTTP.
 */
class SearchIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BASE = "http://localhost:3030/";
    private static final ClientBudget.Settings UNLIMITED = new ClientBudget.Settings(0, 0);

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

    private static HttpResponse<String> get(EvawServer on, String pathAndQuery, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(on.url() + pathAndQuery.substring(1)));
        if (accept != null)
            request.header("Accept", accept);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Test
    void suggestsUnodcFirstForUno() throws Exception {
        HttpResponse<String> response = get(server, "/suggest?q=UNO", null);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode first = json(response).get(0);
        assertEquals(BASE + "id/agency/unodc", first.get("iri").asText(), response.body());
        assertEquals("agency", first.get("type").asText());
        assertEquals("/id/agency/unodc", first.get("href").asText());
        assertTrue(first.get("label").asText().contains("UNODC"), first.toString());
    }

    @Test
    void suggestsVietNamForViet() throws Exception {
        JsonNode first = json(get(server, "/suggest?q=Viet", null)).get(0);
        assertEquals("Viet Nam", first.get("label").asText(), first.toString());
        assertEquals("country", first.get("type").asText());
    }

    @Test
    void suggestsDespiteATypoAndOnlyTheKindAsked() throws Exception {
        assertEquals(BASE + "id/agency/unodc", json(get(server, "/suggest?q=" + q("Ofice on Drugs and Crme"), null)).get(0).get("iri").asText());
        JsonNode countries = json(get(server, "/suggest?q=UN&type=country", null));
        countries.forEach(s -> assertEquals("country", s.get("type").asText()));
    }

    @Test
    void searchFindsPassagesWithMarkedSnippetsLinkedToActivities() throws Exception {
        HttpResponse<String> response = get(server, "/search?q=trafficking", "application/json");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode results = json(response);
        assertTrue(results.get("passagesFound").asLong() > 0, response.body());
        boolean linked = false;
        for (JsonNode passage : results.get("passages")) {
            assertTrue(passage.get("snippet").asText().toLowerCase().contains("<mark>trafficking</mark>"), passage.toString());
            linked |= passage.get("activities").size() > 0;
        }
        assertTrue(linked, "some passage leads to its activity: " + response.body());
    }

    @Test
    void searchPageShowsSnippetsAndLinksInTheSitesDesign() throws Exception {
        HttpResponse<String> page = get(server, "/search?q=trafficking", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = page.body();
        assertTrue(html.contains("<mark>trafficking</mark>") || html.contains("<mark>Trafficking</mark>"), html);
        assertTrue(html.contains("class=\"activity\" href=\"/id/activity/"), "passages link to their activities");
        assertTrue(html.contains("header class=\"site\""), "the entity pages' header");
        assertTrue(html.contains("<label for=\"q\""), "the search box is labelled");
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        HttpResponse<String> script = get(server, "/assets/search.js", null);
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("/suggest?q="));
    }

    @Test
    void aQueryThatCannotRunIsABadRequestWithAMessage() throws Exception {
        HttpResponse<String> json = get(server, "/search?q=" + q("police AND ("), "application/json");
        assertEquals(400, json.statusCode(), json.body());
        assertTrue(json(json).get("error").asText().contains("query syntax"), json.body());
        HttpResponse<String> html = get(server, "/search?q=" + q("police AND ("), "text/html");
        assertEquals(400, html.statusCode());
        assertTrue(html.body().contains("role=\"alert\""), html.body());
        assertEquals(400, get(server, "/search?q=" + "a".repeat(201), "application/json").statusCode());
        assertEquals(400, get(server, "/search?q=police&limit=100000", "application/json").statusCode());
        assertEquals(400, get(server, "/search?q=police&type=planet", "application/json").statusCode());
        assertEquals(400, get(server, "/suggest", null).statusCode());
        assertEquals(406, get(server, "/search?q=police", "text/turtle").statusCode());
    }

    @Test
    void anIndexDeletedWhileStoppedIsRebuiltAtStart() throws Exception {
        Path db = dir.resolve("tdb2-rebuilt");
        DatasetGraph other = CorpusStore.create(db);
        EvawServer first = EvawServer.create().port(0).dataset(other).clientBudget(UNLIMITED).dumps(db.resolve("dumps")).build().start();
        first.stop();
        Path lucene = db.resolve("lucene");
        assertTrue(Files.isDirectory(lucene), "the index lives beside the store");
        try (Stream<Path> files = Files.walk(lucene)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList())
                Files.delete(p);
        }
        EvawServer second = EvawServer.create().port(0).dataset(other).clientBudget(UNLIMITED).dumps(db.resolve("dumps")).build().start();
        try {
            assertTrue(Files.isDirectory(lucene));
            assertEquals(BASE + "id/agency/unodc", json(get(second, "/suggest?q=UNODC", null)).get(0).get("iri").asText());
        } finally {
            second.stop();
        }
    }

    @Test
    void aGraphReplacedInTheStoreIsSearchedAsItIsNow() throws Exception {
        Path db = dir.resolve("tdb2-replaced");
        DatasetGraph other = CorpusStore.create(db);
        EvawServer live = EvawServer.create().port(0).dataset(other).clientBudget(UNLIMITED).dumps(db.resolve("dumps")).build().start();
        try {
            Node page = pageGraphWith(other, "Bangkok Rules");
            // The page's passages are named after its graph: graph/000-x holds id/passage/000-x-….
            String passages = BASE + "id/passage/" + page.getURI().substring((BASE + "graph/").length()) + "-";
            assertTrue(passageIris(live, "\"Bangkok Rules\"").anyMatch(iri -> iri.startsWith(passages)));
            Graph replaced = RDFParser.source(SearchIT.class.getResource("replaced-passage.ttl").toString()).toGraph();
            CorpusStore.replace(other, page, replaced);
            assertTrue(passageIris(live, "\"Bangkok Rules\"").noneMatch(iri -> iri.startsWith(passages)),
                    "the replaced page's passages are no longer found");
            JsonNode now = json(get(live, "/search?q=" + q("zoltraak"), "application/json"));
            assertEquals(1, now.get("passagesFound").asLong(), now.toString());
        } finally {
            live.stop();
        }
    }

    private static Stream<String> passageIris(EvawServer on, String query) throws Exception {
        JsonNode results = json(get(on, "/search?q=" + q(query) + "&limit=50", "application/json"));
        return java.util.stream.StreamSupport.stream(results.get("passages").spliterator(), false).map(p -> p.get("iri").asText());
    }

    /** The page graph holding a passage whose text has {@code words}. */
    private static Node pageGraphWith(DatasetGraph ds, String words) {
        return Txn.calculateRead(ds, () -> {
            var found = ds.find(Node.ANY, Node.ANY, NodeFactory.createURI("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"), Node.ANY);
            while (found.hasNext()) {
                var quad = found.next();
                if (quad.getObject().getLiteralLexicalForm().contains(words))
                    return quad.getGraph();
            }
            throw new AssertionError("no passage says " + words);
        });
    }
}
