package org.evaw.server.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.evaw.server.CorpusStore;
import org.evaw.server.EvawServer;
import org.evaw.server.http.ClientBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /activities} under the server's limits, as the SPARQL endpoint is: a request that outlasts
 * the query timeout is a 503 that says so on the page, and a client past its share of query time
 * is refused with 429 and Retry-After, and the CSV stops at the row cap with the header that says so. Each test starts its own server on the one corpus store.
 */
class ActivitiesLimitsIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    private static DatasetGraph store;

    @BeforeAll
    static void corpus() {
        store = CorpusStore.create(dir.resolve("tdb2"));
    }

    @Test
    void aRequestPastTheQueryTimeoutIsA503ThatSaysSo() throws Exception {
        EvawServer server = EvawServer.create().port(0).dataset(store).timeoutMillis(1)
                .clientBudget(new ClientBudget.Settings(0, 0)).dumps(dir.resolve("dumps-1")).build().start();
        try {
            HttpResponse<String> html = get(server, "activities?region=asia", "text/html");
            assertEquals(503, html.statusCode());
            assertTrue(html.body().contains("took longer than the server allows (1 ms)"), html.body());
            assertTrue(html.headers().firstValue("Retry-After").isPresent());
            HttpResponse<String> json = get(server, "activities", "application/json");
            assertEquals(503, json.statusCode());
            assertTrue(json.body().contains("\"error\":\"Counting these activities took longer"), json.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void theCsvStopsAtTheRowCapAndSaysSo() throws Exception {
        EvawServer server = EvawServer.create().port(0).dataset(store).maxRows(10)
                .clientBudget(new ClientBudget.Settings(0, 0)).dumps(dir.resolve("dumps-3")).build().start();
        try {
            HttpResponse<String> csv = get(server, "activities.csv", "*/*");
            assertEquals(200, csv.statusCode());
            assertEquals(11, csv.body().lines().count(), "a header and ten rows");
            assertEquals("rows=10", csv.headers().firstValue("X-Result-Capped").orElse(""));
            long total = Long.parseLong(csv.headers().firstValue("X-Total-Count").orElseThrow());
            assertTrue(total > 10, "more match than the cap lets through: " + total);
            String html = get(server, "activities", "text/html").body();
            assertTrue(html.contains("(the first 10 of " + total + " rows: the server&#39;s row cap)"), "the page says so by the link");
        } finally {
            server.stop();
        }
    }

    @Test
    void aClientPastItsShareOfQueryTimeIsRefused() throws Exception {
        EvawServer server = EvawServer.create().port(0).dataset(store)
                .clientBudget(new ClientBudget.Settings(0, 1)).dumps(dir.resolve("dumps-2")).build().start();
        try {
            HttpResponse<String> last = null;
            for (int i = 0; i < 5000; i++) {
                last = get(server, "activities?page=" + (1 + i % 3), "application/json");
                if (last.statusCode() != 200)
                    break;
            }
            assertEquals(429, last.statusCode(), "one second of query time a minute runs out");
            assertTrue(last.headers().firstValue("Retry-After").isPresent());
        } finally {
            server.stop();
        }
    }

    private static HttpResponse<String> get(EvawServer server, String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
