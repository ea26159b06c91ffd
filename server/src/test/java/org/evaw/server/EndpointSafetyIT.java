package org.evaw.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.evaw.server.http.ClientBudget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public endpoint under attack: updates, graph writes, uploads and admin calls in every form
 * Fuseki knows, a query that would run for minutes, a request line of 10 MB, bodies over the limit,
 * script and Java functions, and queries that try to make the server call another one. Each is
 * refused or stopped with its status and a message a person can read; the data is unchanged and
 * the server answers the next query. Each answer is printed, as the figures of RELIABILITY.md.
 */
class EndpointSafetyIT {
    private static final long TIMEOUT_MILLIS = 2_000;
    private static final int TRIPLES = 3_000;
    private static final Node GRAPH = NodeFactory.createURI("http://localhost:3030/graph/generated");
    private static final String AFN = "PREFIX afn: <http://jena.apache.org/ARQ/function#>\n";

    private static DatasetGraph data;
    private static EvawServer server;
    private static HttpServer canary;
    private static final AtomicInteger canaryHits = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        // Generated rather than the corpus: a three-way cross product of 3 000 triples is 2.7e10
        // rows, minutes of work, and the store is ready at once.
        data = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(data, () -> {
            for (int i = 0; i < TRIPLES; i++)
                data.add(GRAPH, NodeFactory.createURI("http://localhost:3030/id/thing/t" + i),
                        NodeFactory.createURI("http://localhost:3030/id/p"), NodeFactory.createLiteralString("value " + i));
        });
        // The per-client limits are off, as in PublicEndpointIT (ClientFairnessIT and ClientBudgetTest
        // test them): this one client sends each request as soon as it has read the answer to the
        // last, and on a loaded machine the server's thread may not yet have left the limit's count.
        server = EvawServer.create().port(0).dataset(data).timeoutMillis(TIMEOUT_MILLIS)
                .clientBudget(new ClientBudget.Settings(0, 0)).build().start();
        canary = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        canary.createContext("/", exchange -> {
            canaryHits.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        canary.start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
        if (canary != null)
            canary.stop(0);
    }

    @Test
    void refusesEveryFormOfUpdate() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:evaw-test:g> { <urn:evaw-test:a> <urn:evaw-test:b> <urn:evaw-test:c> } }";
        List<HttpRequest> attempts = List.of(
                post("evaw/sparql", "application/sparql-update", insert),
                post("evaw/query", "application/sparql-update", insert),
                post("evaw", "application/sparql-update", insert),
                post("evaw/update", "application/sparql-update", insert),
                post("evaw/sparql", "application/x-www-form-urlencoded", "update=" + encode(insert)),
                post("evaw", "application/x-www-form-urlencoded", "update=" + encode(insert)),
                get("evaw/sparql?update=" + encode(insert)),
                post("api/agencies-in-country", "application/sparql-update", insert));
        for (HttpRequest attempt : attempts)
            assertRefused(attempt, 400, 499);
        assertDataUnchangedAndServing();
    }

    @Test
    void refusesGraphStoreWritesAndUploads() throws Exception {
        String turtle = "<urn:evaw-test:a> <urn:evaw-test:b> <urn:evaw-test:c> .";
        List<HttpRequest> attempts = List.of(
                request("PUT", "evaw?default", "text/turtle", turtle),
                request("PUT", "evaw?graph=" + encode(GRAPH.getURI()), "text/turtle", turtle),
                request("POST", "evaw?graph=" + encode(GRAPH.getURI()), "text/turtle", turtle),
                request("POST", "evaw", "application/n-quads", turtle.replace(" .", " <urn:evaw-test:g> .")),
                request("PUT", "evaw/data?default", "text/turtle", turtle),
                request("POST", "evaw/sparql", "text/turtle", turtle),
                request("DELETE", "evaw?graph=" + encode(GRAPH.getURI()), "text/plain", ""),
                request("DELETE", "evaw/data?graph=" + encode(GRAPH.getURI()), "text/plain", ""),
                request("POST", "evaw/upload", "multipart/form-data; boundary=xyz",
                        "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.ttl\"\r\nContent-Type: text/turtle\r\n\r\n"
                                + turtle + "\r\n--xyz--\r\n"),
                request("POST", "evaw", "multipart/form-data; boundary=xyz",
                        "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.ttl\"\r\nContent-Type: text/turtle\r\n\r\n"
                                + turtle + "\r\n--xyz--\r\n"),
                get("evaw?graph=" + encode(GRAPH.getURI())),
                get("evaw/data?default"));
        for (HttpRequest attempt : attempts)
            assertRefused(attempt, 400, 499);
        assertDataUnchangedAndServing();
    }

    @Test
    void exposesNoAdminEndpoint() throws Exception {
        for (String admin : List.of("$/datasets", "$/datasets/evaw", "$/server", "$/ping", "$/stats", "$/metrics",
                "$/tasks", "$/backup/evaw", "$/backups-list", "$/compact/evaw", "$/reload", "$/logs", "$/sleep")) {
            assertRefused(get(admin), 404, 404);
            assertRefused(request("POST", admin, "application/x-www-form-urlencoded", "dbName=x&dbType=mem"), 404, 405);
        }
        assertDataUnchangedAndServing();
    }

    @Test
    void stopsCrossProductsAtTheTimeoutWith503AndAnswersTheNextQuery() throws Exception {
        for (String query : List.of(
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY DESC(?c) ?f ?i",
                "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?a ?b ?c . ?d ?e ?f . FILTER(STRLEN(CONCAT(?c, ?f)) > 0) }")) {
            long start = System.nanoTime();
            HttpResponse<String> r = send(get("evaw/sparql?query=" + encode(query)), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("endpoint-safety: cross product stopped after %5d ms (timeout %d ms): %d %s%n",
                    millis, TIMEOUT_MILLIS, r.statusCode(), oneLine(r.body()));
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().toLowerCase().contains("timed out"), "a readable message: " + r.body());
            assertTrue(millis < TIMEOUT_MILLIS + 3_000, "stopped near the timeout, not after " + millis + " ms");
            assertDataUnchangedAndServing();
        }
    }

    @Test
    void everyQueryHasAThirtySecondTimeoutByDefault() {
        DatasetGraph fresh = DatabaseMgr.createDatasetGraph();
        EvawServer.create().port(0).dataset(fresh).build();
        assertEquals(30_000, EvawServer.DEFAULT_TIMEOUT_MILLIS);
        assertEquals("30000", fresh.getContext().getAsString(ARQ.queryTimeout));
    }

    @Test
    void refusesATenMegabyteQueryStringWith414AndHugeHeadersWith431() throws Exception {
        byte[] target = ("/evaw/sparql?query=" + encode("SELECT * { ?s ?p \"" + "x".repeat(10 * 1024 * 1024) + "\" }"))
                .getBytes(StandardCharsets.US_ASCII);
        RawHttp r = RawHttp.exchange(server.port(), RawHttp.get(target));
        report("GET with a " + target.length / (1024 * 1024) + " MB query string", r.status(), r.head().lines().findFirst().orElse(""));
        assertEquals(414, r.status(), r.head());
        assertDataUnchangedAndServing();

        String headers = "GET /evaw/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "y".repeat(100 * 1024)
                + "\r\nConnection: close\r\n\r\n";
        r = RawHttp.exchange(server.port(), headers.getBytes(StandardCharsets.US_ASCII));
        report("GET with 100 kB of headers", r.status(), r.head().lines().findFirst().orElse(""));
        assertEquals(431, r.status(), r.head());
        assertDataUnchangedAndServing();
    }

    @Test
    void refusesBodiesOverTheLimitWith413WhetherSizedOrStreamed() throws Exception {
        long limit = RequestLimits.DEFAULT.bodyBytes();
        byte[] query = ("ASK {} #" + "z".repeat((int) limit + 1024)).getBytes(StandardCharsets.UTF_8);
        byte[] form = ("query=ASK%7B%7D&padding=" + "p".repeat((int) limit + 1024)).getBytes(StandardCharsets.UTF_8);
        for (byte[] request : List.of(
                RawHttp.sized("POST", "/evaw/sparql", "application/sparql-query", query),
                RawHttp.chunked("POST", "/evaw/sparql", "application/sparql-query", query),
                RawHttp.sized("POST", "/evaw/sparql", "application/x-www-form-urlencoded", form),
                RawHttp.chunked("POST", "/evaw/sparql", "application/x-www-form-urlencoded", form),
                RawHttp.sized("POST", "/api/agencies-in-country", "text/plain", query),
                RawHttp.sized("PUT", "/id/agency/unodc", "text/turtle", query))) {
            RawHttp r = RawHttp.exchange(server.port(), request);
            String line = new String(request, 0, 120, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("")
                    + (new String(request, 0, 300, StandardCharsets.ISO_8859_1).contains("chunked") ? " (chunked)" : " (sized)");
            report(line + " of " + (request.length / 1024) + " kB", r.status(), oneLine(r.body()));
            assertEquals(413, r.status(), line + ": " + r.head());
            assertFalse(r.body().isBlank(), "a readable message");
            assertDataUnchangedAndServing();
        }
        // Within the limit, a streamed body is taken as usual.
        RawHttp small = RawHttp.exchange(server.port(), RawHttp.chunked("POST", "/evaw/sparql", "application/sparql-query",
                "ASK { ?s ?p ?o }".getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, small.status(), small.head());
        RawHttp smallForm = RawHttp.exchange(server.port(), RawHttp.chunked("POST", "/evaw/sparql",
                "application/x-www-form-urlencoded", "query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D".getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, smallForm.status(), smallForm.head());
    }

    @Test
    void runsNoScriptFunction() throws Exception {
        assertNull(System.getProperty("jena:scripting"), "scripting is off in this JVM");
        HttpResponse<String> r = query("PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT (js:run('x') AS ?x) {}");
        report("js: function", r.statusCode(), oneLine(r.body()));
        assertTrue(r.statusCode() == 400 || (r.statusCode() == 200 && !bound(r, "x")), r.body());
        assertDataUnchangedAndServing();
    }

    @Test
    void runsNoFunctionThatActsOutsideTheData() throws Exception {
        // afn:wait sleeps for as long as it is asked, out of the timeout's reach: elsewhere it does.
        String wait = AFN + "SELECT (afn:wait(400) AS ?x) {}";
        long start = System.nanoTime();
        try (QueryExec plain = QueryExec.dataset(DatasetGraphFactory.create()).query(wait).build()) {
            plain.select().forEachRemaining(row -> {});
        }
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 400, "plain ARQ runs afn:wait");

        start = System.nanoTime();
        HttpResponse<String> r = query(AFN + "SELECT (afn:wait(60000) AS ?x) (afn:localname(<http://example.org/ok>) AS ?ok) {}");
        long millis = (System.nanoTime() - start) / 1_000_000;
        report("afn:wait(60000), answered in " + millis + " ms", r.statusCode(), oneLine(r.body()));
        assertEquals(200, r.statusCode(), r.body());
        // Far less than the minute asked for: the function did not sleep (and its value is unbound below).
        assertTrue(millis < 30_000, "no wait: " + millis + " ms");
        assertFalse(bound(r, "x"), "the refused function is unbound: " + r.body());
        assertTrue(bound(r, "ok"), "harmless ARQ functions still work: " + r.body());

        // afn:print and <java:…> write to the server's output: nothing may appear there.
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            query(AFN + "SELECT (afn:print('evaw-canary-1') AS ?x) {}");
            query("SELECT (<java:org.apache.jena.sparql.function.library.print>('evaw-canary-2') AS ?x) {}");
            query("SELECT ?x { BIND(<java:org.apache.jena.sparql.function.library.wait>(60000) AS ?x) }");
            HttpResponse<String> context = query(AFN + "SELECT (afn:context('http://jena.apache.org/ARQ#queryTimeout') AS ?x) {}");
            assertFalse(bound(context, "x"), "afn:context reads nothing: " + context.body());
        } finally {
            System.setOut(stdout);
        }
        assertFalse(captured.toString(StandardCharsets.UTF_8).contains("evaw-canary"), "nothing printed: " + captured);
        assertDataUnchangedAndServing();
    }

    @Test
    void callsNoOtherServer() throws Exception {
        String elsewhere = "http://127.0.0.1:" + canary.getAddress().getPort() + "/sparql";
        HttpResponse<String> service = query("SELECT * { SERVICE <" + elsewhere + "> { ?s ?p ?o } }");
        report("SERVICE <another server>", service.statusCode(), oneLine(service.body()));
        assertTrue(service.statusCode() >= 400 && service.statusCode() < 500, service.body());
        for (String q : List.of("SELECT * { SERVICE SILENT <" + elsewhere + "> { ?s ?p ?o } }",
                "SELECT * FROM <" + elsewhere + "> { ?s ?p ?o } LIMIT 1",
                "SELECT * FROM NAMED <" + elsewhere + "> { GRAPH ?g { ?s ?p ?o } } LIMIT 1"))
            query(q);
        assertEquals(0, canaryHits.get(), "no query reached the other server");
        send(HttpRequest.newBuilder(URI.create(elsewhere)).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(1, canaryHits.get(), "the other server was listening and counting");
        canaryHits.set(0);
    }

    private static void assertRefused(HttpRequest attempt, int lowest, int highest) throws Exception {
        HttpResponse<String> r = send(attempt, HttpResponse.BodyHandlers.ofString());
        report(attempt.method() + " /" + attempt.uri().toString().substring(server.url().length()), r.statusCode(), oneLine(r.body()));
        assertTrue(r.statusCode() >= lowest && r.statusCode() <= highest,
                attempt.method() + " " + attempt.uri() + " answered " + r.statusCode() + ": " + r.body());
        assertFalse(r.body().isBlank(), "a readable message for " + attempt.method() + " " + attempt.uri());
    }

    /** The store holds what it held, and a query is answered at once. */
    private static void assertDataUnchangedAndServing() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url() + "evaw/sparql?query="
                        + encode("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")))
                        .header("Accept", "text/csv").timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("n\r\n" + TRIPLES + "\r\n", r.body(), "the store is unchanged");
    }

    private static HttpResponse<String> query(String sparql) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url() + "evaw/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(sparql)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * One request on a connection of its own: the server closes a connection after refusing a
     * request whose body it did not read, and a pooled client would send the next request into it.
     */
    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws Exception {
        try (ClosingClient http = new ClosingClient()) {
            return http.client.send(request, body);
        }
    }

    private static final class ClosingClient implements AutoCloseable {
        final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newSingleThreadExecutor();
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(executor).build();

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    /** Whether the first row of a JSON result binds a variable. */
    private static boolean bound(HttpResponse<String> r, String var) {
        assertEquals(200, r.statusCode(), r.body());
        var rows = JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray();
        return !rows.isEmpty() && rows.get(0).getAsObject().hasKey(var);
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(20)).build();
    }

    private static HttpRequest post(String path, String type, String body) {
        return request("POST", path, type, body);
    }

    private static HttpRequest request(String method, String path, String type, String body) {
        return HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void report(String attempt, int status, String message) {
        System.out.printf("endpoint-safety: %-70s %d %s%n", attempt, status, message);
    }

    private static String oneLine(String body) {
        String text = body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return text.length() > 90 ? text.substring(0, 90) + "…" : text;
    }
}
