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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
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
 * client asks a cheap query again and again; its p99 must stay under 1 s, the figure. The
 * flood is answered {@code 429} with {@code Retry-After} past the default limits (half the cores at
 * once, 30 s a minute), after a second ({@link org.evaw.server.http.ClientTarpit}) once the flooder
 * has more requests outstanding than it may run. Figures on lines starting {@code fairness:}.
 *
 * <p>What is measured is set by the state of the server, not by the clock: a cheap query counts
 * only when it starts while wrk runs and the flood's queries are running on the server (as many as
 * the flooder may run at once), and the flooder's own extra request is sent at such a moment too;
 * before, during wrk's start and end, the flood's last query could end first and the probe be
 * admitted. The cheap client asks every 10 ms, so that its p99 is a percentile of hundreds of
 * queries rather than the slowest of a few dozen.
 */
class ClientFairnessIT {
    private static final Path WRK = Path.of("/usr/bin/wrk");
    private static final Path FLOOD = Path.of("src/test/resources/org/evaw/server/flood.lua");
    private static final int FLOOD_SECONDS = 20;
    private static final long TIMEOUT_MILLIS = 5_000;
    private static final String CHEAP_QUERY = "SELECT ?s { ?s ?p \"value 7\" }";
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
        server = EvawServer.create().port(0).dataset(data).timeoutMillis(TIMEOUT_MILLIS).clientBudget(ClientBudget.DEFAULT).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    @Test
    void aFloodingClientDoesNotStarveAnother() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String cheap = server.url() + "evaw/sparql?query=" + URLEncoder.encode(CHEAP_QUERY, StandardCharsets.UTF_8);
        for (int i = 0; i < 200; i++)
            assertEquals(200, ask(http, cheap, "warm-up").statusCode());
        // The same client alone, for comparison: what the machine gives a cheap query without the flood.
        List<Long> alone = new ArrayList<>();
        for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); System.nanoTime() < until; Thread.sleep(10)) {
            long t = System.nanoTime();
            assertEquals(200, ask(http, cheap, "alone/1.0").statusCode());
            alone.add((System.nanoTime() - t) / 1_000_000);
        }
        Collections.sort(alone);
        System.out.printf("fairness: the cheap query alone, before the flood: %d asked, p50 %d ms, p99 %d ms (load average %.1f)%n",
                alone.size(), alone.get(alone.size() / 2), alone.get((int) Math.ceil(alone.size() * 0.99) - 1), loadAverage());
        int floodAtOnce = ClientBudget.DEFAULT.concurrent();
        Process wrk = new ProcessBuilder(WRK.toString(), "-t2", "-c64", "-d" + FLOOD_SECONDS + "s", "--timeout", "8s",
                "-s", FLOOD.toString(), server.url()).redirectErrorStream(true).start();
        // wrk's output, read while it runs, so that it never blocks on a full pipe.
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.runningQueries() < floodAtOnce) {
            assertTrue(System.nanoTime() < deadline && wrk.isAlive(), "the flood never ran: " + server.runningQueries() + " queries running");
            Thread.sleep(10);
        }

        List<Long> millis = new ArrayList<>();
        int asked = 0, ok = 0, skipped = 0, probes = 0, refused = 0;
        List<String> probeAnswers = new ArrayList<>();
        while (wrk.isAlive()) {
            // Only this thread asks besides the flood, so whatever runs now is the flood's.
            boolean flooding = server.runningQueries() >= floodAtOnce;
            long t = System.nanoTime();
            HttpResponse<String> r = ask(http, cheap, "cheap/1.0");
            long took = (System.nanoTime() - t) / 1_000_000;
            asked++;
            if (r.statusCode() == 200)
                ok++;
            if (flooding && wrk.isAlive())
                millis.add(took);
            else
                skipped++;
            if (asked % 50 == 0 && server.runningQueries() >= floodAtOnce && wrk.isAlive()) {
                // The flooder's own request, the cheap query, while its limit is taken.
                HttpResponse<String> probe = ask(http, cheap, "flood/1.0");
                probes++;
                String retryAfter = probe.headers().firstValue("Retry-After").orElse("-");
                probeAnswers.add(probe.statusCode() + " (Retry-After " + retryAfter + ")");
                if (probe.statusCode() == 429 && !retryAfter.equals("-"))
                    refused++;
            }
            Thread.sleep(10);
        }
        assertTrue(wrk.waitFor(60, TimeUnit.SECONDS));
        String out = output.get(10, TimeUnit.SECONDS);
        Collections.sort(millis);
        long p99 = millis.isEmpty() ? -1 : millis.get((int) Math.ceil(millis.size() * 0.99) - 1);
        long requests = Long.parseLong(group(out, "(\\d+) requests in"));
        Map<Integer, Long> statuses = new TreeMap<>();
        Matcher status = Pattern.compile("status (\\d+): (\\d+)").matcher(out);
        while (status.find())
            statuses.put(Integer.parseInt(status.group(1)), Long.parseLong(status.group(2)));
        long admitted = statuses.entrySet().stream().filter(e -> e.getKey() != 429).mapToLong(Map.Entry::getValue).sum();
        System.out.printf("fairness: flood (wrk -t2 -c64 -d%ds, one User-Agent, a cross product to the %d ms timeout): %d requests, "
                + "by status %s%n", FLOOD_SECONDS, TIMEOUT_MILLIS, requests, statuses);
        System.out.printf("fairness: the flooder's own request while its %d at once ran: %d of %d refused 429 with Retry-After: %s%n",
                floodAtOnce, refused, probes, probeAnswers);
        System.out.printf("fairness: a cheap query from another client: %d asked, %d answered 200; %d while the flood ran: "
                        + "p50 %d ms, p99 %d ms, max %d ms (%d asked between the flood's queries, not counted; load average %.1f)%n",
                asked, ok, millis.size(), millis.isEmpty() ? -1 : millis.get(millis.size() / 2), p99,
                millis.isEmpty() ? -1 : millis.get(millis.size() - 1), skipped, loadAverage());
        assertEquals(asked, ok, "every cheap query answered 200");
        assertTrue(p99 >= 0 && p99 < 1_000, "p99 " + p99 + " ms, the issue asks for under 1 s");
        assertTrue(millis.size() >= 100, "too few cheap queries met the flood running to measure a p99: " + millis.size() + "\n" + out);
        assertEquals(requests, statuses.values().stream().mapToLong(Long::longValue).sum(), "every response counted: " + out);
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 429 || s == 503), "429 past the limit, 503 at the timeout: " + statuses);
        // Each admitted query runs to the timeout: at most so many fit into the flood, a slot at a time.
        long mostAdmitted = floodAtOnce * (FLOOD_SECONDS * 1000L / TIMEOUT_MILLIS + 2);
        assertTrue(admitted <= mostAdmitted, admitted + " flood requests admitted, at most " + mostAdmitted);
        assertTrue(statuses.getOrDefault(429, 0L) > requests / 2, "the flood is refused: " + statuses);
        assertTrue(probes >= 5, "the flooder's own request was sent " + probes + " times");
        // A probe may meet the moment a flood query ends and take its slot; most must be refused.
        assertTrue(refused * 2 > probes, refused + " of " + probes + " refused: " + probeAnswers);
    }

    /** The machine's load average over the last minute: other work on the machine slows every query. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static HttpResponse<String> ask(HttpClient http, String url, String agent) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("User-Agent", agent)
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String group(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        assertTrue(m.find(), out);
        return m.group(1);
    }
}
