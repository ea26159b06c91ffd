package org.evaw.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

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
 * Issue 15 against a real server on loopback ({@code timeout 5 s}, 3 000 generated triples, as
 * {@code serve --timeout 5} was attacked): regular expressions that would backtrack for ever,
 * bodies sent a byte a second, compressed bodies, abandoned queries, caps, malformed and too-deep
 * queries, security headers and {@code q=0}. Every figure is printed on a line starting
 * {@code public-endpoint:}; after each attack a trivial query must answer at once.
 */
class PublicEndpointIT {
    private static final long TIMEOUT_MILLIS = 5_000;
    private static final int TRIPLES = 3_000;
    private static final Node GRAPH = NodeFactory.createURI("http://localhost:3030/graph/generated");
    private static final String TRIVIAL = "ASK { }";
    private static final String CATASTROPHIC = "ASK { FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){25}$\")) }";
    private static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";

    private static EvawServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        DatasetGraph data = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(data, () -> {
            for (int i = 0; i < TRIPLES; i++)
                data.add(GRAPH, NodeFactory.createURI("http://localhost:3030/id/thing/t" + i),
                        NodeFactory.createURI("http://localhost:3030/id/p"), NodeFactory.createLiteralString("value " + i));
        });
        // The client budget is off here (its own test turns it on): these tests send many requests from one client.
        server = EvawServer.create().port(0).dataset(data).timeoutMillis(TIMEOUT_MILLIS).maxRows(1_000).maxTriples(500)
                .clientBudget(new ClientBudget.Settings(0, 0)).build().start();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    @Test
    void regularExpressionsEndAndOthersAreAnsweredMeanwhile() throws Exception {
        List<String> attacks = List.of(CATASTROPHIC,
                "ASK { FILTER(<http://www.w3.org/2005/xpath-functions#matches>(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(a|aa)+$\")) }",
                "SELECT (REPLACE(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(a*)*b\", \"x\") AS ?r) { }",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(REGEX(CONCAT(STR(?o), \"aaaaaaaaaaaaaaaaaaaaaaaaa!\"), \"(.*a){25}$\")) }");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            long started = System.nanoTime();
            List<CompletableFuture<Long>> running = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String attack = attacks.get(i % attacks.size());
                running.add(CompletableFuture.supplyAsync(() -> timed(() -> query(attack, 1_000)), pool));
            }
            List<Long> trivial = new ArrayList<>();
            for (int i = 0; i < 20; i++)
                trivial.add(timed(() -> assertEquals(200, query(TRIVIAL, 10_000).statusCode())));
            List<Long> attackMillis = new ArrayList<>();
            for (CompletableFuture<Long> f : running)
                attackMillis.add(f.get(30, TimeUnit.SECONDS));
            long worstTrivial = Collections.max(trivial);
            System.out.printf("public-endpoint: 20 concurrent catastrophic REGEX/fn:matches/REPLACE: slowest answered in %d ms; "
                    + "a trivial query meanwhile: worst %d ms of 20; all done after %d ms%n",
                    Collections.max(attackMillis), worstTrivial, (System.nanoTime() - started) / 1_000_000);
            assertTrue(worstTrivial < 1_000, "trivial query took " + worstTrivial + " ms");
            assertTrue(Collections.max(attackMillis) < TIMEOUT_MILLIS + 1_000);
        } finally {
            pool.shutdownNow();
        }
        HttpResponse<String> r = query(CATASTROPHIC, 10_000);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("false"), r.body());
        HttpResponse<String> replaced = query("SELECT (REPLACE(\"a-b-c\", \"-\", \"+\") AS ?r) { }", 10_000);
        assertTrue(replaced.body().contains("a+b+c"), replaced.body());
        HttpResponse<String> backReference = query("SELECT ?ok { BIND(\"ok\" AS ?ok) FILTER(!REGEX(\"aa\", \"(a)\\\\1\")) }", 10_000);
        System.out.printf("public-endpoint: a back-reference (not linear-time) is an evaluation error: %d %s%n",
                backReference.statusCode(), backReference.body().replaceAll("\\s+", " "));
        assertEquals(0, waitForIdle(2_000));
    }

    @Test
    void slowBodiesHoldNoThread() throws Exception {
        List<Socket> slow = new ArrayList<>();
        List<Long> trivial = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int i = 0; i < 100; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.setSoTimeout(60_000);
                s.getOutputStream().write(("POST /evaw/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 1000\r\n\r\nquery=").getBytes(StandardCharsets.ISO_8859_1));
                slow.add(s);
            }
            // One byte a second on every connection, while a trivial query is asked again and again.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
            long nextByte = 0;
            while (System.nanoTime() < until) {
                if (System.nanoTime() > nextByte) {
                    for (Socket s : slow) {
                        try {
                            s.getOutputStream().write('A');
                        } catch (IOException refused) {
                            // The server has given up on this one.
                        }
                    }
                    nextByte = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                }
                trivial.add(timed(() -> assertEquals(200, query(TRIVIAL, 10_000).statusCode())));
            }
            int refused = 0;
            long lastAnswer = 0;
            for (Socket s : slow) {
                String head = readHead(s.getInputStream());
                if (head.startsWith("HTTP/1.1 408"))
                    refused++;
                lastAnswer = Math.max(lastAnswer, (System.nanoTime() - started) / 1_000_000);
            }
            Collections.sort(trivial);
            long p99 = trivial.get((int) Math.ceil(trivial.size() * 0.99) - 1);
            System.out.printf("public-endpoint: 100 connections sending a form at 1 byte/s: %d answered 408 (all by %d ms); "
                    + "a trivial query meanwhile: p99 %d ms, max %d ms over %d queries%n",
                    refused, lastAnswer, p99, trivial.get(trivial.size() - 1), trivial.size());
            assertEquals(100, refused);
            assertTrue(p99 < 1_000, "p99 " + p99 + " ms");
        } finally {
            for (Socket s : slow)
                s.close();
        }
    }

    @Test
    void compressedBodiesAreRefused() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write("ASK { }".getBytes(StandardCharsets.UTF_8));
            gz.write(("#" + "x".repeat(10 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "evaw/sparql"))
                .header("Content-Type", "application/sparql-query").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        System.out.printf("public-endpoint: %d bytes gzip (10 MiB inflated) to /evaw/sparql: %d %s%n",
                zipped.size(), r.statusCode(), r.body().strip());
        assertEquals(415, r.statusCode());
        assertTrue(r.body().contains("Compressed request bodies are not accepted"));
        assertEquals(200, query(TRIVIAL, 5_000).statusCode());
    }

    @Test
    void abandonedQueriesAreCancelled() throws Exception {
        List<Long> freed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                OutputStream out = s.getOutputStream();
                out.write(("GET /evaw/sparql?query=" + URLEncoder.encode(CROSS_PRODUCT, StandardCharsets.UTF_8)
                        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                while (server.runningQueries() == 0 && System.nanoTime() < deadline)
                    Thread.sleep(10);
                assertEquals(1, server.runningQueries(), "the query is running");
                Thread.sleep(500);
            }
            long gone = System.nanoTime();
            long millis = waitForIdle(3_000);
            freed.add((System.nanoTime() - gone) / 1_000_000);
        }
        System.out.printf("public-endpoint: a %s abandoned by its client after 0.5 s: stopped %s ms after the client went away "
                + "(the timeout is %d ms)%n", "three-way cross product", freed, TIMEOUT_MILLIS);
        assertTrue(Collections.max(freed) < 1_000, "freed after " + freed);
    }

    @Test
    void capsSaySo() throws Exception {
        HttpResponse<String> select = http.send(HttpRequest.newBuilder(URI.create(server.url() + "evaw/sparql?query="
                + URLEncoder.encode("SELECT * { ?s ?p ?o }", StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> under = query("SELECT * { ?s ?p ?o } LIMIT 10", 10_000);
        HttpResponse<String> construct = http.send(HttpRequest.newBuilder(URI.create(server.url() + "evaw/sparql?query="
                + URLEncoder.encode("CONSTRUCT WHERE { ?s ?p ?o }", StandardCharsets.UTF_8))).header("Accept", "application/n-triples").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> describe = query("DESCRIBE ?s { ?s ?p ?o }", 10_000);
        System.out.printf("public-endpoint: SELECT of %d rows: %s: %s; LIMIT 10: %s; CONSTRUCT: %s; DESCRIBE: %s%n", TRIPLES,
                select.statusCode(), select.headers().firstValue(CappedQueryService.CAPPED_HEADER).orElse("-"),
                under.headers().firstValue(CappedQueryService.CAPPED_HEADER).orElse("-"),
                construct.headers().firstValue(CappedQueryService.CAPPED_HEADER).orElse("-"),
                describe.headers().firstValue(CappedQueryService.CAPPED_HEADER).orElse("-"));
        assertEquals("rows=1000", select.headers().firstValue(CappedQueryService.CAPPED_HEADER).orElse(null));
        assertEquals(1_000, count(select.body(), "\"s\":"));
        assertNull(under.headers().firstValue(CappedQueryService.CAPPED_HEADER).orElse(null));
        assertEquals("triples=500", construct.headers().firstValue(CappedQueryService.CAPPED_HEADER).orElse(null));
        assertEquals("triples=500", describe.headers().firstValue(CappedQueryService.CAPPED_HEADER).orElse(null));
        assertEquals(500, construct.body().lines().filter(l -> !l.isBlank()).count());
    }

    @Test
    void malformedAndTooDeepQueriesAre400() throws Exception {
        StringBuilder union = new StringBuilder("SELECT * {");
        for (int i = 0; i < 20_000; i++)
            union.append(i == 0 ? "" : " UNION ").append("{ ?s ?p \"").append(i).append("\" }");
        union.append('}');
        StringBuilder ok = new StringBuilder("SELECT * {");
        for (int i = 0; i < 300; i++)
            ok.append(i == 0 ? "" : " UNION ").append("{ ?s ?p \"").append(i).append("\" }");
        ok.append('}');
        String nested = "SELECT * " + "{".repeat(50_000) + "?s ?p ?o" + "}".repeat(50_000);
        StringBuilder or = new StringBuilder("SELECT * { ?s ?p ?o FILTER(");
        for (int i = 0; i < 20_000; i++)
            or.append(i == 0 ? "" : " || ").append("?o = ").append(i);
        or.append(") }");
        List<String> queries = List.of("SELECT * WHERE { ?s ?p }", "SELEKT * { }", union.toString(), nested, or.toString());
        List<String> names = List.of("missing object", "misspelt keyword", "20 000-term UNION", "50 000 nested groups", "20 000-term ||");
        for (int i = 0; i < queries.size(); i++) {
            HttpResponse<String> r = post(queries.get(i));
            String message = r.body().strip();
            System.out.printf("public-endpoint: %s: %d %s%n", names.get(i), r.statusCode(),
                    message.substring(0, Math.min(160, message.length())).replaceAll("\\s+", " "));
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(message.length() > 10 && !message.equals("null"), message);
        }
        HttpResponse<String> within = post(ok.toString());
        System.out.printf("public-endpoint: a 300-term UNION: %d%n", within.statusCode());
        assertEquals(200, within.statusCode());
        assertEquals(200, query(TRIVIAL, 5_000).statusCode());
    }

    @Test
    void htmlPagesCarrySecurityHeaders() throws Exception {
        for (String path : List.of("", "queries", "sparql-editor", "page/thing/t1", "ontology", "dumps/", "no-such-page")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            System.out.printf("public-endpoint: /%s: %d, nosniff %s, CSP %s%n", path, r.statusCode(),
                    r.headers().firstValue("X-Content-Type-Options").orElse("-"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertTrue(!csp.contains("'unsafe-inline'") || !csp.replaceAll("style-src[^;]*", "").contains("'unsafe-inline'"), csp);
        }
    }

    @Test
    void contentNegotiationHonoursQualityZero() throws Exception {
        String construct = "evaw/sparql?query=" + URLEncoder.encode("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8);
        List<String[]> cases = List.of(
                new String[] {construct, "text/turtle;q=0", "406"},
                new String[] {construct, "text/turtle;q=0, application/n-triples", "200 application/n-triples"},
                new String[] {construct, "text/turtle;q=0, */*", "200"},
                new String[] {"evaw/sparql?query=" + URLEncoder.encode("SELECT * { } ", StandardCharsets.UTF_8),
                        "application/sparql-results+json;q=0, application/sparql-results+xml;q=0, text/csv;q=0, text/tab-separated-values;q=0, */*;q=0", "406"},
                new String[] {"page/thing/t1", "text/turtle;q=0", "406"},
                new String[] {"page/thing/t1", "text/turtle;q=0, text/*", "200 text/html"},
                new String[] {"service-description", "text/turtle;q=0, application/n-triples", "200 application/n-triples"},
                new String[] {"api/", "application/json", "200"});
        for (String[] c : cases) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + c[0])).header("Accept", c[1]).build(),
                    HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("-");
            System.out.printf("public-endpoint: /%s with Accept: %s: %d %s%n", c[0].replaceAll("\\?query=.*", "?query=…"), c[1], r.statusCode(), type);
            String[] expected = c[2].split(" ");
            assertEquals(Integer.parseInt(expected[0]), r.statusCode(), c[0] + " " + c[1]);
            if (expected.length > 1)
                assertTrue(type.startsWith(expected[1]), type);
            if (r.statusCode() == 200 && c[1].startsWith("text/turtle;q=0"))
                assertTrue(!type.startsWith("text/turtle"), type);
        }
    }

    // ---- helpers

    private static long waitForIdle(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (server.runningQueries() > 0 && System.nanoTime() < deadline)
            Thread.sleep(10);
        return server.runningQueries();
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1))
            n++;
        return n;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            for (int b; (b = in.read()) >= 0 && head.size() < 200; ) {
                head.write(b);
                if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n"))
                    break;
            }
        } catch (IOException reset) {
            // An answer and a close: what was read is the answer.
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    interface Action {
        void run() throws Exception;
    }

    private static long timed(Action action) {
        long t = System.nanoTime();
        try {
            action.run();
        } catch (java.net.http.HttpTimeoutException abandoned) {
            // The client gave up: the time it waited is the figure.
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return (System.nanoTime() - t) / 1_000_000;
    }

    private static HttpResponse<String> query(String query, long timeoutMillis) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + "evaw/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(Duration.ofMillis(timeoutMillis)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + "evaw/sparql")).header("Content-Type", "application/sparql-query")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
