package org.evaw.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.evaw.server.http.ClientBudget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fairness between clients (issue 15, item 4): while one client floods the endpoint with 64 wrk
 * connections of an expensive query (a cross product that runs to the 5 s timeout), a second
 * client asks a cheap query again and again; its p99 must stay under 1 s. The flood is answered
 * {@code 429} with {@code Retry-After} past the default limits (half the cores at once, 30 s a minute).
 * Figures on lines starting {@code fairness:}.
 */
class ClientFairnessIT {
    private static final Path WRK = Path.of("/usr/bin/wrk");
    private static final Path FLOOD = Path.of("src/test/resources/org/evaw/server/flood.lua");
    private static EvawServer server;

    @BeforeAll
    static void start() {
        assertTrue(Files.isExecutable(WRK), "wrk is missing (" + WRK + "): run scripts/install-test-tools");
        DatasetGraph data = DatabaseMgr.createDatasetGraph();
        Node graph = NodeFactory.createURI("http://localhost:3030/graph/generated");
        Txn.executeWrite(data, () -> {
            for (int i = 0; i < 3_000; i++)
                data.add(graph, NodeFactory.createURI("http://localhost:3030/id/thing/t" + i),
                        NodeFactory.createURI("http://localhost:3030/id/p"), NodeFactory.createLiteralString("value " + i));
        });
        server = EvawServer.create().port(0).dataset(data).timeoutMillis(5_000).clientBudget(ClientBudget.DEFAULT).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    @Test
    void aFloodingClientDoesNotStarveAnother() throws Exception {
        HttpClient warm = HttpClient.newHttpClient();
        for (int i = 0; i < 20; i++)
            warm.send(HttpRequest.newBuilder(URI.create(server.url() + "evaw/sparql?query=" + URLEncoder.encode("SELECT ?s { ?s ?p \"value 7\" }",
                    StandardCharsets.UTF_8))).header("User-Agent", "warm-up").build(), HttpResponse.BodyHandlers.discarding());
        Process wrk = new ProcessBuilder(WRK.toString(), "-t2", "-c64", "-d20s", "--timeout", "8s", "--latency",
                "-s", FLOOD.toString(), server.url()).redirectErrorStream(true).start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String cheap = server.url() + "evaw/sparql?query=" + URLEncoder.encode("SELECT ?s { ?s ?p \"value 7\" }", StandardCharsets.UTF_8);
        Thread.sleep(1_000);
        List<Long> millis = new ArrayList<>();
        int ok = 0;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(18);
        while (System.nanoTime() < until) {
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(cheap)).header("User-Agent", "cheap/1.0")
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - t) / 1_000_000);
            if (r.statusCode() == 200)
                ok++;
            Thread.sleep(50);
        }
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(wrk.waitFor(60, TimeUnit.SECONDS), out);
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(server.url() + FLOOD_PATH()))
                .header("User-Agent", "flood/1.0").build(), HttpResponse.BodyHandlers.ofString());
        Collections.sort(millis);
        long p99 = millis.get((int) Math.ceil(millis.size() * 0.99) - 1);
        long requests = Long.parseLong(group(out, "(\\d+) requests in"));
        long non2xx = Long.parseLong(optional(out, "Non-2xx or 3xx responses: (\\d+)"));
        System.out.printf("fairness: flood (wrk -t2 -c64 -d20s, one User-Agent, a cross product to the 5 s timeout): %d requests, "
                + "%d answered 429 or 503%n", requests, non2xx);
        System.out.printf("fairness: the flooder's next request: %d, Retry-After %s: %s%n", refused.statusCode(),
                refused.headers().firstValue("Retry-After").orElse("-"), refused.body().strip());
        System.out.printf("fairness: a cheap query from another client meanwhile: %d asked, %d answered 200, p50 %d ms, p99 %d ms, max %d ms%n",
                millis.size(), ok, millis.get(millis.size() / 2), p99, millis.get(millis.size() - 1));
        assertEquals(millis.size(), ok);
        assertTrue(p99 < 1_000, "p99 " + p99 + " ms");
        assertEquals(429, refused.statusCode());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    }

    private static String FLOOD_PATH() throws Exception {
        String lua = Files.readString(FLOOD);
        Matcher m = Pattern.compile("wrk.path = \"/(.*)\"").matcher(lua);
        assertTrue(m.find());
        return m.group(1);
    }

    private static String group(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        assertTrue(m.find(), out);
        return m.group(1);
    }

    private static String optional(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? m.group(1) : "0";
    }
}
