package org.evaw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load on the server as users run it ({@code evaw-kg serve} in a JVM of its own, with
 * the bundled corpus): wrk, on loopback only, 2 threads and 16 connections for 5 s against a
 * dereferenced page, a saved query and the SPARQL endpoint, each after a 2 s warm-up. It prints
 * requests per second, the 99th percentile latency and the errors, and requires no error at all:
 * socket errors, timeouts (over 5 s) and answers other than 2xx or 3xx all count. Then it prints
 * the server's memory. wrk comes from Debian ({@code scripts/install-test-tools}).
 */
class ServerLoadIT {
    private static final Path WRK = Path.of("/usr/bin/wrk");
    private static final String QUERY = """
            PREFIX evaw: <https://w3id.org/evaw-kg/ontology#>
            SELECT ?agency (COUNT(?activity) AS ?n) { ?activity evaw:leadAgency ?agency } GROUP BY ?agency ORDER BY DESC(?n)""";
    private static final Path PAGES_SCRIPT = Path.of("src/test/resources/org/evaw/cli/load/pages.lua");
    /** A target is a path, or {@code pages}: the mix of dereferenced pages that {@code pages.lua} asks for. */
    private static final List<String> TARGETS = List.of(
            "pages",
            "page/agency/unodc",
            "api/agencies-in-country?country=VNM",
            "evaw/sparql?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8));

    @TempDir
    static Path work;
    private static Child server;
    private static String url;

    @BeforeAll
    static void startServer() throws Exception {
        if (!Files.isExecutable(WRK))
            fail("wrk is missing (" + WRK + "): run scripts/install-test-tools");
        server = Child.start(work, "serve", "serve", "--db", work.resolve("db").toString(), "--corpus", "../corpus", "--port", "0",
                // A throughput test from one client: the per-client limits (ClientFairnessIT) are off.
                "--client-concurrency", "0", "--client-seconds", "0");
        Pattern serving = Pattern.compile("serving (http://localhost:\\d+/)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (url == null) {
            Matcher m = serving.matcher(server.err());
            if (m.find())
                url = m.group(1).replace("localhost", "127.0.0.1");
            else if (!server.process.isAlive() || System.nanoTime() > deadline)
                fail("the server did not start: " + server.err());
            else
                Thread.sleep(200);
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.process.destroy();
            if (!server.process.waitFor(20, TimeUnit.SECONDS))
                server.process.destroyForcibly();
        }
    }

    @Test
    void servesPagesSavedQueriesAndSparqlUnderLoadWithoutAnError() throws Exception {
        List<String> failures = new ArrayList<>();
        String started = Files.readString(Path.of("/proc/" + server.process.pid() + "/status"));
        System.out.printf("load: server memory before the run (store built from the corpus): resident %s, peak %s%n",
                field(started, "VmRSS"), field(started, "VmHWM"));
        for (String target : TARGETS) {
            wrk("2s", target);
            WrkResult r = wrk("5s", target);
            System.out.printf("load: %-40s %8.1f requests/s, p99 %7.1f ms, %d requests, %d errors (%s)%n",
                    target.equals("pages") ? "dereferenced pages (pages.lua)" : "/" + (target.startsWith("evaw/sparql") ? "evaw/sparql?query=…" : target),
                    r.requestsPerSecond, r.p99Millis, r.requests, r.errors(), r.errorDetail());
            if (r.errors() > 0)
                failures.add(target + ": " + r.errorDetail() + "\n" + r.output);
            if (r.requests == 0)
                failures.add(target + ": no request completed\n" + r.output);
        }
        long pid = server.process.pid();
        String status = Files.readString(Path.of("/proc/" + pid + "/status"));
        System.out.printf("load: server memory after the run: resident %s, peak %s (JVM -Xmx1g; TDB2's mapped files count as resident)%n",
                field(status, "VmRSS"), field(status, "VmHWM"));
        System.out.printf("load: server heap after the run: %s%n", heap(pid));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(server.process.isAlive(), "the server is still up");
    }

    private static WrkResult wrk(String duration, String target) throws Exception {
        List<String> command = new ArrayList<>(List.of(WRK.toString(), "-t2", "-c16", "-d" + duration, "--timeout", "5s", "--latency"));
        if (target.equals("pages"))
            command.addAll(List.of("-s", PAGES_SCRIPT.toString(), url));
        else
            command.add(url + target);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS))
            fail("wrk did not finish: " + output);
        assertEquals(0, p.exitValue(), output);
        return WrkResult.parse(output);
    }

    /** The heap line of {@code jcmd PID GC.heap_info}, or why there is none. */
    private static String heap(long pid) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd))
            return "(no jcmd in " + jcmd.getParent() + ")";
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out.lines().map(String::strip).filter(l -> l.contains("total") && l.contains("used")).findFirst().orElse(out.strip());
    }

    private static String field(String status, String name) {
        return status.lines().filter(l -> l.startsWith(name + ":")).map(l -> l.substring(name.length() + 1).strip())
                .findFirst().orElse("?");
    }

    /** What wrk printed, read back. */
    record WrkResult(String output, double requestsPerSecond, double p99Millis, long requests,
                     long connect, long read, long write, long timeout, long non2xx) {
        long errors() { return connect + read + write + timeout + non2xx; }

        String errorDetail() {
            return "connect " + connect + ", read " + read + ", write " + write + ", timeout " + timeout + ", non-2xx/3xx " + non2xx;
        }

        static WrkResult parse(String out) {
            Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
            boolean anySocketError = socket.find();
            return new WrkResult(out,
                    Double.parseDouble(group(out, "Requests/sec:\\s+([\\d.]+)")),
                    millis(group(out, "\\s99%\\s+([\\d.]+\\w+)")),
                    Long.parseLong(group(out, "(\\d+) requests in")),
                    anySocketError ? Long.parseLong(socket.group(1)) : 0, anySocketError ? Long.parseLong(socket.group(2)) : 0,
                    anySocketError ? Long.parseLong(socket.group(3)) : 0, anySocketError ? Long.parseLong(socket.group(4)) : 0,
                    Long.parseLong(optionalGroup(out, "Non-2xx or 3xx responses: (\\d+)", "0")));
        }

        private static String group(String out, String regex) {
            Matcher m = Pattern.compile(regex).matcher(out);
            if (!m.find())
                throw new AssertionError("no " + regex + " in wrk's output:\n" + out);
            return m.group(1);
        }

        private static String optionalGroup(String out, String regex, String otherwise) {
            Matcher m = Pattern.compile(regex).matcher(out);
            return m.find() ? m.group(1) : otherwise;
        }

        private static double millis(String value) {
            Matcher m = Pattern.compile("([\\d.]+)(us|ms|s|m)").matcher(value);
            if (!m.matches())
                throw new AssertionError("latency " + value);
            double v = Double.parseDouble(m.group(1));
            return switch (m.group(2)) {
                case "us" -> v / 1000;
                case "ms" -> v;
                case "s" -> v * 1000;
                default -> v * 60_000;
            };
        }
    }
}
