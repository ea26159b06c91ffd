package org.evaw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The query timeout holds for the query shapes that Jena issues GH-3535 and GH-3044 found running
 * past it, asked of {@code evaw-kg serve --timeout 3} in a JVM of its own: each is answered with
 * 503 within the timeout and a margin, and the next ordinary query with 200. Each shape is counted
 * ({@code COUNT(*)}), so that no row is sent before the timeout: the status line a client sees is
 * then the timeout's, not a 200 whose body stops short.
 */
class QueryTimeoutIT {
    private static final int TIMEOUT_SECONDS = 3;
    private static final long MARGIN_MILLIS = 5_000;
    /** Members of one SKOS collection, each narrower than one concept: GH-3044's data has this shape. */
    private static final int MEMBERS = 5_000;
    private static final String SKOS = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";

    @TempDir
    static Path work;
    private static Child server;
    private static String url;

    @BeforeAll
    static void serve() throws Exception {
        Path data = work.resolve("concepts.nq");
        try (BufferedWriter out = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
            String g = " <http://localhost:3030/graph/concepts> .\n";
            String top = "<http://localhost:3030/id/concept/top>", array = "<http://localhost:3030/id/collection/array>";
            for (int i = 0; i < MEMBERS; i++) {
                String member = "<http://localhost:3030/id/concept/c" + i + ">";
                out.write(top + " <http://www.w3.org/2004/02/skos/core#narrower> " + member + g);
                out.write(member + " <http://www.w3.org/2004/02/skos/core#broader> " + top + g);
                out.write(array + " <http://www.w3.org/2004/02/skos/core#member> " + member + g);
            }
        }
        Path db = work.resolve("db");
        Child load = Child.run(work, "load", 180, "load", "--db", db.toString(), data.toString());
        assertEquals(0, load.exitCode(), load.err());
        server = Child.start(work, "serve", "serve", "--db", db.toString(), "--port", "0",
                "--timeout", Integer.toString(TIMEOUT_SECONDS));
        url = server.awaitServing(120);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null)
            server.stop();
    }

    static List<Arguments> shapes() {
        return List.of(
                // GH-3044 (the query of its second report): OPTIONAL over every triple, with a
                // FILTER NOT EXISTS nested in a FILTER NOT EXISTS, each evaluated row by row.
                Arguments.of("GH-3044 OPTIONAL with nested FILTER NOT EXISTS", SKOS + """
                        SELECT (COUNT(*) AS ?n) {
                          ?uri ?p ?o .
                          OPTIONAL {
                            ?x skos:member ?o .
                            FILTER NOT EXISTS {
                              ?x skos:member ?other .
                              FILTER NOT EXISTS { ?other skos:broader ?uri }
                            }
                          }
                        }"""),
                // GH-3535 (the shapes Jena's tests of its fix cancel): a join through a sub-select
                // with a LIMIT, and a three-way cross product beside a UNION with a BIND.
                Arguments.of("GH-3535 join through a sub-select with LIMIT", """
                        SELECT (COUNT(*) AS ?n) {
                          ?s ?p ?o
                          { SELECT * { ?x ?y ?z } LIMIT 1000000 }
                          ?s ?p ?o
                        }"""),
                Arguments.of("GH-3535 cross product beside UNION and BIND", """
                        SELECT (COUNT(*) AS ?n) {
                          { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . } UNION { BIND('x' AS ?x) }
                        }"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void stopsAtTheTimeoutWith503AndAnswersTheNextQuery(String name, String shape) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> stopped = query(shape);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("query-timeout: %-50s %d after %5d ms (timeout %d s)%n", name, stopped.statusCode(), millis, TIMEOUT_SECONDS);
        assertEquals(503, stopped.statusCode(), stopped.body());
        assertTrue(millis < TIMEOUT_SECONDS * 1000L + MARGIN_MILLIS, "answered after " + millis + " ms");

        HttpResponse<String> next = query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(200, next.statusCode(), next.body());
        assertEquals("n\r\n" + 3 * MEMBERS + "\r\n", next.body());
    }

    private static HttpResponse<String> query(String sparql) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "evaw/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(120)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
