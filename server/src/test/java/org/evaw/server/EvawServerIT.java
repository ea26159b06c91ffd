package org.evaw.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server as users meet it: the corpus loaded into a TDB2 store, Fuseki started on a free
 * loopback port, and SPARQL asked over HTTP with Jena's own client.
 */
class EvawServerIT {
    private static final String PREFIXES = """
            PREFIX evaw: <https://w3id.org/evaw-kg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static EvawServer server;
    private static String endpoint;

    @BeforeAll
    static void startServer(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        DatasetGraph store = CorpusStore.create(dir.resolve("tdb2"));
        server = EvawServer.create().port(0).dataset(store).build().start();
        endpoint = server.url() + "evaw/sparql";
    }

    @AfterAll
    static void stopServer() {
        if (server != null)
            server.stop();
    }

    private static List<QuerySolution> select(String query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> rows = new java.util.ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void answersWithAtLeastFortyActivityCountries() {
        List<QuerySolution> rows = select("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?activity evaw:country ?c . ?c a evaw:Country }");
        assertTrue(rows.get(0).getLiteral("n").getInt() >= 40, "countries: " + rows.get(0));
    }

    @Test
    void knowsUnodcAsAnAgency() {
        List<QuerySolution> rows = select("SELECT ?label { ?a a evaw:Agency ; evaw:acronym \"UNODC\" ; skos:prefLabel ?label }");
        assertEquals("United Nations Office on Drugs and Crime", rows.get(0).getLiteral("label").getString());
    }

    @Test
    void policyFrameworkCitesItsResolutionsAndTheTraffickingProtocol() {
        Set<String> symbols = new HashSet<>();
        select("""
                SELECT ?symbol {
                  ?framework a evaw:PolicyFramework ; evaw:ofAgency/evaw:acronym "UNODC" ; evaw:cites ?r .
                  ?r a evaw:Resolution ; evaw:symbol ?symbol .
                }""").forEach(r -> symbols.add(r.getLiteral("symbol").getString()));
        assertEquals(Set.of("A/RES/52/86", "A/RES/48/104", "A/RES/65/228", "A/RES/65/229", "E/RES/2005/20",
                "A/RES/68/191", "A/RES/70/176"), symbols);
        List<QuerySolution> protocol = select("""
                SELECT ?i {
                  ?framework a evaw:PolicyFramework ; evaw:cites ?i .
                  ?i a evaw:LegalInstrument ; skos:prefLabel|skos:altLabel ?label .
                  FILTER(CONTAINS(LCASE(STR(?label)), "trafficking in persons"))
                }""");
        assertTrue(!protocol.isEmpty(), "the Trafficking in Persons Protocol is cited by the policy framework");
    }

    @Test
    void knowsSpotlightInitiativeAsAProgramme() {
        List<QuerySolution> rows = select("SELECT ?p { ?p a evaw:Programme ; skos:prefLabel \"Spotlight Initiative\"@en }");
        assertEquals(1, rows.size());
    }

    @Test
    void refusesUpdates() {
        HttpException e = assertThrows(HttpException.class, () ->
                UpdateExecutionHTTP.service(endpoint).update("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }").execute());
        assertTrue(e.getStatusCode() >= 400 && e.getStatusCode() < 500, "status " + e.getStatusCode());
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query("ASK { <urn:x:a> ?p ?o }").build()) {
            assertTrue(!qe.execAsk(), "the refused update left no triple behind");
        }
    }

    @Test
    void answersTheSameAtTheShortEndpoint() {
        String count = "SELECT (COUNT(*) AS ?n) { ?activity evaw:country ?c }";
        try (QueryExecution qe = QueryExecutionHTTP.service(server.url() + "sparql").query(PREFIXES + count).build()) {
            assertEquals(select(count).get(0).getLiteral("n").getLong(), qe.execSelect().next().getLiteral("n").getLong());
        }
        HttpException e = assertThrows(HttpException.class, () ->
                UpdateExecutionHTTP.service(server.url() + "sparql").update("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }").execute());
        assertTrue(e.getStatusCode() >= 400 && e.getStatusCode() < 500, "status " + e.getStatusCode());
    }

    @Test
    void exposesNoUploadGraphStoreOrAdminService() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("evaw/data", "evaw/upload", "evaw/update", "sparql/data", "$/datasets", "$/server")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .")).header("Content-Type", "text/turtle").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 404 || r.statusCode() == 405, path + " answered " + r.statusCode());
        }
    }

    @Test
    void capsTheRowsOfAnUnboundedSelect() throws Exception {
        EvawServer capped = EvawServer.create().port(0).maxRows(5)
                .dataset(DatabaseMgr.createDatasetGraph()).build().start();
        try {
            for (String path : List.of("evaw/sparql", "sparql")) {
                try (QueryExecution qe = QueryExecutionHTTP.service(capped.url() + path)
                        .query("SELECT ?n { VALUES ?n { 1 2 3 4 5 6 7 8 9 10 } }").build()) {
                    int rows = 0;
                    for (ResultSet rs = qe.execSelect(); rs.hasNext(); rs.next())
                        rows++;
                    assertEquals(5, rows, path);
                }
            }
        } finally {
            capped.stop();
        }
    }

    @Test
    void servesAHomePageThatPointsToTheEndpoint() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("/evaw/sparql"), r.body());
    }
}
