package org.evaw.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.sparql.core.DatasetGraph;
import org.evaw.ontology.iri.UriSpace;
import org.evaw.server.CorpusStore;
import org.evaw.server.EvawServer;
import org.evaw.server.http.ClientBudget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconciliation service as OpenRefine calls it, over HTTP, on the bundled corpus: every
 * answer is checked against the Entity Reconciliation Community Group's published JSON Schemas.
 */
class ReconciliationIT {
    private static final String ID = UriSpace.DEFAULT_BASE + "id/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static EvawServer server;
    private static DatasetGraph store;

    @BeforeAll
    static void start(@TempDir Path dir) {
        store = CorpusStore.create(dir.resolve("tdb2"));
        server = EvawServer.create().port(0).dataset(store).clientBudget(new ClientBudget.Settings(0, 0)).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    private static HttpResponse<String> get(EvawServer s, String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(s.url() + pathAndQuery.replaceFirst("^/", ""))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return get(server, pathAndQuery);
    }

    private static HttpResponse<String> postQueries(EvawServer s, String queries) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(s.url() + "reconcile"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("queries=" + encode(queries))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode valid(String schema, HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "CORS, which the specification requires");
        JsonNode json = JSON.readTree(r.body());
        assertEquals(List.of(), ReconciliationSchemas.violations(schema, json), r.body());
        return json;
    }

    @Test
    void theManifestValidatesAndPointsAtThisServer() throws Exception {
        JsonNode m = valid("manifest.json", get("/reconcile"));
        assertEquals("0.2", m.get("versions").get(0).asText());
        assertEquals(ID, m.get("identifierSpace").asText());
        assertEquals(4, m.get("defaultTypes").size());
        String root = server.url().replaceFirst("/$", "");
        assertEquals(root, m.at("/suggest/entity/service_url").asText());
        assertEquals("/reconcile/suggest/entity", m.at("/suggest/entity/service_path").asText());
        assertEquals(root + "/reconcile/preview?id={{id}}", m.at("/preview/url").asText());
        assertEquals("nosniff", get("/reconcile").headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void aBatchInAnalystsSpellingsFindsTheRightEntitiesFirst() throws Exception {
        Map<String, String[]> cases = new LinkedHashMap<>();
        // key: query, type (or null), the entity expected first, whether it is the match
        cases.put("acronym", new String[] {"UNODC", null, ID + "agency/unodc", "true"});
        cases.put("part", new String[] {"Office on Drugs and Crime", null, ID + "agency/unodc", "false"});
        cases.put("french", new String[] {"ONUDC", null, ID + "agency/unodc", "true"});
        cases.put("spanish", new String[] {"Oficina de las Naciones Unidas contra la Droga y el Delito", "Agency", ID + "agency/unodc", "true"});
        cases.put("misspelt", new String[] {"Untied Nations Ofice on Drugs & Crime", null, ID + "agency/unodc", "false"});
        cases.put("kenia", new String[] {"Kenia", "https://w3id.org/evaw-kg/ontology#Country", ID + "country/ken", null});
        cases.put("kyrgyz", new String[] {"Kyrgystan", "Country", ID + "country/kgz", "false"});
        cases.put("iso", new String[] {"VNM", "Country", ID + "country/vnm", "true"});
        cases.put("programme", new String[] {"spotlight initiative", "Programme", ID + "programme/spotlight-initiative", "true"});
        StringBuilder batch = new StringBuilder("{");
        for (Map.Entry<String, String[]> c : cases.entrySet())
            batch.append(batch.length() > 1 ? "," : "").append('"').append(c.getKey()).append("\": {\"query\": ")
                    .append(JSON.writeValueAsString(c.getValue()[0]))
                    .append(c.getValue()[1] == null ? "" : ", \"type\": \"" + c.getValue()[1] + "\"").append(", \"limit\": 3}");
        String queries = batch.append("}").toString();
        assertEquals(List.of(), ReconciliationSchemas.violations("reconciliation-query-batch.json", JSON.readTree(queries)),
                "the test sends what the specification allows");

        JsonNode posted = valid("reconciliation-result-batch.json", postQueries(server, queries));
        JsonNode got = valid("reconciliation-result-batch.json", get("/reconcile?queries=" + encode(queries)));
        assertEquals(posted, got, "GET and POST answer alike");
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            JsonNode result = posted.get(c.getKey()).get("result");
            assertTrue(result.size() >= 1 && result.size() <= 3, c.getKey() + ": " + result);
            JsonNode best = result.get(0);
            assertEquals(c.getValue()[2], best.get("id").asText(), c.getKey() + ": " + result);
            if (c.getValue()[3] != null)
                assertEquals(Boolean.parseBoolean(c.getValue()[3]), best.get("match").asBoolean(), c.getKey() + ": " + best);
            for (int i = 1; i < result.size(); i++) {
                assertFalse(result.get(i).get("match").asBoolean(), "only the first may be the match: " + result);
                assertTrue(result.get(i).get("score").asDouble() <= result.get(i - 1).get("score").asDouble(), "best first: " + result);
            }
        }
        assertEquals("United Nations Office on Drugs and Crime", posted.at("/french/result/0/name").asText());
        assertTrue(posted.at("/french/result/0/description").asText().contains("\"ONUDC\" (fr)"), posted.at("/french/result/0").toString());
    }

    @Test
    void suggestionsValidateAndCompleteAPrefix() throws Exception {
        JsonNode entities = valid("suggest-entities-response.json", get("/reconcile/suggest/entity?prefix=unodc"));
        assertEquals(ID + "agency/unodc", entities.at("/result/0/id").asText(), entities.toString());
        JsonNode words = valid("suggest-entities-response.json", get("/reconcile/suggest/entity?prefix=" + encode("office on drugs")));
        assertEquals(ID + "agency/unodc", words.at("/result/0/id").asText(), words.toString());
        JsonNode countries = valid("suggest-entities-response.json",
                get("/reconcile/suggest/entity?prefix=ken&type=Country"));
        assertEquals(ID + "country/ken", countries.at("/result/0/id").asText(), countries.toString());
        JsonNode next = valid("suggest-entities-response.json", get("/reconcile/suggest/entity?prefix=united&cursor=1&limit=2"));
        JsonNode first = valid("suggest-entities-response.json", get("/reconcile/suggest/entity?prefix=united&limit=2"));
        assertEquals(first.at("/result/1/id"), next.at("/result/0/id"), "the cursor skips what was shown");
        JsonNode types = valid("suggest-types-response.json", get("/reconcile/suggest/type?prefix=coun"));
        assertEquals(List.of("https://w3id.org/evaw-kg/ontology#Country"), ids(types));
        JsonNode properties = valid("suggest-properties-response.json", get("/reconcile/suggest/property?prefix=acro"));
        assertEquals(List.of("https://w3id.org/evaw-kg/ontology#acronym"), ids(properties));
    }

    private static List<String> ids(JsonNode suggestions) {
        return java.util.stream.StreamSupport.stream(suggestions.get("result").spliterator(), false).map(n -> n.get("id").asText()).toList();
    }

    @Test
    void aPropertyNarrowsTheCandidates() throws Exception {
        JsonNode r = valid("reconciliation-result-batch.json", postQueries(server,
                "{\"q0\": {\"properties\": [{\"pid\": \"https://w3id.org/evaw-kg/ontology#iso3\", \"v\": \"KEN\"}]}}"));
        assertEquals(ID + "country/ken", r.at("/q0/result/0/id").asText());
        assertEquals(1, r.at("/q0/result").size());
    }

    @Test
    void thePreviewIsEscapedHtmlThatOpenRefineMayFrame() throws Exception {
        HttpResponse<String> r = get("/reconcile/preview?id=" + encode(ID + "agency/unodc"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("United Nations Office on Drugs and Crime") && r.body().contains("ONUDC"), r.body());
        assertTrue(r.body().contains("Office des Nations Unies contre la drogue et le crime"), r.body());
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors *") && csp.contains("default-src 'none'"), csp);
        assertTrue(r.headers().allValues("X-Frame-Options").isEmpty(), r.headers().toString());
        assertFalse(r.body().contains("<script"));
        assertEquals(404, get("/reconcile/preview?id=" + encode(ID + "agency/nobody")).statusCode());
        assertEquals(400, get("/reconcile/preview").statusCode());
    }

    @Test
    void aCommitToTheServedStoreIsReconciledAtOnceAndPreviewedEscaped() throws Exception {
        String zz = ID + "agency/zz-hostile";
        assertEquals(0, valid("reconciliation-result-batch.json", get("/reconcile?queries=" + encode("{\"q\": {\"query\": \"ZYXWV\"}}")))
                .at("/q/result").size());
        CorpusStore.replace(store, org.apache.jena.graph.NodeFactory.createURI(UriSpace.DEFAULT_BASE + "graph/hostile-reconcile"),
                org.apache.jena.riot.RDFParser.source(ReconciliationIT.class.getResource("hostile-agency.ttl").toString()).toGraph());
        JsonNode r = valid("reconciliation-result-batch.json", get("/reconcile?queries=" + encode("{\"q\": {\"query\": \"ZYXWV\"}}")));
        assertEquals(zz, r.at("/q/result/0/id").asText(), r.toString());
        assertTrue(r.at("/q/result/0/match").asBoolean());
        String preview = get("/reconcile/preview?id=" + encode(zz)).body();
        assertFalse(preview.contains("<script>") || preview.contains("\"onload"), preview);
        assertTrue(preview.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), preview);
    }

    @Test
    void theViewLeadsToTheEntityOnThisServer() throws Exception {
        HttpResponse<String> r = get("/reconcile/view?id=" + encode(ID + "country/ken"));
        assertEquals(303, r.statusCode());
        assertEquals(server.url() + "id/country/ken", r.headers().firstValue("Location").orElse(""));
    }

    @Test
    void malformedInputIsABadRequestWithAMessage() throws Exception {
        HttpResponse<String> r = postQueries(server, "{\"q0\": {\"query\": ");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("not well-formed JSON"), r.body());
        assertEquals(400, get("/reconcile?queries=" + encode("[1,2]")).statusCode());
        assertTrue(get("/reconcile?queries=" + encode("{\"q0\": {\"query\": \"x\", \"type\": \"Q5\"}}")).body().contains("unknown type 'Q5'"));
        HttpResponse<String> empty = http.send(HttpRequest.newBuilder(URI.create(server.url() + "reconcile"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, empty.statusCode());
        assertEquals(400, get("/reconcile/suggest/entity").statusCode());
        assertEquals(400, get("/reconcile/suggest/entity?prefix=a&cursor=-1").statusCode());
        assertEquals(404, get("/reconcile/extend").statusCode());
        StringBuilder big = new StringBuilder("{");
        for (int i = 0; i <= QueryBatch.MAX_QUERIES; i++)
            big.append(i == 0 ? "" : ",").append("\"q").append(i).append("\": {\"query\": \"UNODC\"}");
        assertEquals(413, postQueries(server, big.append("}").toString()).statusCode());
    }

    @Test
    void theServiceIsWithinTheClientsTimeBudget() throws Exception {
        // One second of server time a minute: batches of a hundred queries spend it within a bounded number of requests.
        EvawServer budgeted = EvawServer.create().port(0).dataset(store).clientBudget(new ClientBudget.Settings(0, 1)).build().start();
        try {
            StringBuilder batch = new StringBuilder("{");
            for (int i = 0; i < QueryBatch.MAX_QUERIES; i++)
                batch.append(i == 0 ? "" : ",").append("\"q").append(i).append("\": {\"query\": \"Untied Nations Ofice ")
                        .append(i).append("\", \"limit\": 25}");
            String queries = batch.append("}").toString();
            HttpResponse<String> last = null;
            for (int i = 0; i < 2000; i++) {
                last = postQueries(budgeted, queries);
                if (last.statusCode() != 200)
                    break;
            }
            assertEquals(429, last.statusCode(), "a client past its budget is refused");
            assertTrue(last.headers().firstValue("Retry-After").isPresent());
        } finally {
            budgeted.stop();
        }
    }
}
