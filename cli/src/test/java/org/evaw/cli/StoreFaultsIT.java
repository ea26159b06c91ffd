package org.evaw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.evaw.loader.TdbGraphStore;
import org.evaw.server.EvawServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store when things go wrong under a load: the loading JVM killed with {@code kill -9} half
 * way, the disk filling up, the store's directory made read-only. Each load runs in a JVM of its
 * own ({@link Child}); the store is then opened here and every graph counted. A graph is always
 * whole, in its old or its new version, never a mix; the failures are one clear line; and the next
 * load completes. Disk faults use real mounts (a small tmpfs, a read-only bind mount), so the test
 * needs root, as CI has, and fails rather than skips without it.
 */
class StoreFaultsIT {
    private static final int GRAPHS = 200;
    private static final int OLD_SIZE = 100;
    private static final int NEW_SIZE = 400;
    private static final String VALUE = "http://localhost:3030/id/p/value";

    @TempDir
    Path work;

    @Test
    void aLoadKilledHalfWayLeavesThePreviousGraphsAndTheNextLoadCompletes() throws Exception {
        Path db = work.resolve("db");
        Path oldFile = quads("old.nq", 'A', OLD_SIZE), newFile = quads("new.nq", 'B', NEW_SIZE);
        Child first = Child.run(work, "load-old", 120, "load", "--db", db.toString(), oldFile.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEveryGraph(db, 'A', OLD_SIZE);

        long before = size(db);
        Child killed = Child.start(work, "load-killed", "load", "--db", db.toString(), newFile.toString());
        long started = System.nanoTime();
        // Half way: the store's files have grown with the new load's writes for a while.
        while (size(db) < before + 1024 * 1024) {
            if (!killed.process.isAlive())
                fail("the load ended before it could be killed; make the file larger: " + killed.err());
            if (System.nanoTime() - started > TimeUnit.SECONDS.toNanos(90))
                fail("the load wrote nothing in 90 s: " + killed.err());
            Thread.sleep(20);
        }
        Thread.sleep(500);
        assertTrue(killed.process.isAlive(), "still loading when killed");
        killed.process.destroyForcibly().waitFor();
        System.out.printf("store-faults: load killed (SIGKILL) after %d ms, exit %d, store grew %d kB%n",
                (System.nanoTime() - started) / 1_000_000, killed.exitCode(), (size(db) - before) / 1024);

        Map<String, Integer> versions = versions(db);
        System.out.printf("store-faults: after the kill, graphs by version: %s%n", versions);
        assertEquals(GRAPHS, versions.values().stream().mapToInt(Integer::intValue).sum(), "every graph is there, whole: " + versions);
        assertServes(db, versions.getOrDefault("A " + OLD_SIZE, 0) * OLD_SIZE + versions.getOrDefault("B " + NEW_SIZE, 0) * NEW_SIZE);

        Child again = Child.run(work, "load-again", 180, "load", "--db", db.toString(), newFile.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEveryGraph(db, 'B', NEW_SIZE);
    }

    @Test
    void aFullDiskGivesAClearErrorAndNoCorruption() throws Exception {
        Path disk = Files.createDirectory(work.resolve("small-disk"));
        mount("-t", "tmpfs", "-o", "size=24m", "tmpfs", disk.toString());
        try {
            Path db = disk.resolve("db");
            Path oldFile = quads("old.nq", 'A', OLD_SIZE), newFile = quads("new.nq", 'B', NEW_SIZE);
            Child first = Child.run(work, "full-old", 120, "load", "--db", db.toString(), oldFile.toString());
            assertEquals(0, first.exitCode(), first.err());

            Child full = Child.run(work, "full-new", 180, "load", "--db", db.toString(), newFile.toString());
            String error = full.err().lines().filter(l -> l.startsWith("evaw-kg load: ")).findFirst().orElse(full.err());
            System.out.printf("store-faults: load onto a full 24 MB disk: exit %d, %s%n", full.exitCode(), error);
            assertEquals(1, full.exitCode(), full.err());
            assertTrue(error.contains("the disk is full"), "a clear error: " + full.err());
            assertFalse(full.err().contains("\tat "), "one line, no stack trace: " + full.err());

            mount("-o", "remount,size=512m", disk.toString());
            assertEveryGraph(db, 'A', OLD_SIZE);
            Child again = Child.run(work, "full-again", 180, "load", "--db", db.toString(), newFile.toString());
            assertEquals(0, again.exitCode(), again.err());
            assertEveryGraph(db, 'B', NEW_SIZE);
        } finally {
            unmount(disk);
        }
    }

    @Test
    void aReadOnlyStoreGivesAClearErrorAndKeepsItsGraphs() throws Exception {
        Path dir = Files.createDirectory(work.resolve("read-only"));
        Path db = dir.resolve("db");
        Path oldFile = quads("old.nq", 'A', OLD_SIZE), newFile = quads("new.nq", 'B', 10);
        Child first = Child.run(work, "ro-old", 120, "load", "--db", db.toString(), oldFile.toString());
        assertEquals(0, first.exitCode(), first.err());
        mount("--bind", dir.toString(), dir.toString());
        try {
            mount("-o", "remount,ro,bind", dir.toString());
            Child refused = Child.run(work, "ro-new", 120, "load", "--db", db.toString(), newFile.toString());
            System.out.printf("store-faults: load into a read-only store: exit %d, %s%n", refused.exitCode(), refused.err().strip());
            assertEquals(1, refused.exitCode(), refused.err());
            assertTrue(refused.err().contains("read-only"), "a clear error: " + refused.err());
            assertEquals(1, refused.err().lines().count(), "one line: " + refused.err());
        } finally {
            unmount(dir);
        }
        assertEveryGraph(db, 'A', OLD_SIZE);
    }

    /** A file of {@link #GRAPHS} named graphs of {@code size} triples each, every value marked with its version. */
    private Path quads(String name, char version, int size) throws IOException {
        Path file = work.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int g = 0; g < GRAPHS; g++) {
                for (int t = 0; t < size; t++) {
                    out.write("<http://localhost:3030/id/thing/g" + g + "-t" + t + "> <" + VALUE + "> \"" + version + " " + g + " " + t
                            + "\" <http://localhost:3030/graph/fault-" + g + "> .\n");
                }
            }
        }
        return file;
    }

    /** How many graphs are in each state, "A 100" or "B 1000"; a graph holding both versions counts as "mixed". */
    private static Map<String, Integer> versions(Path db) {
        Map<String, Integer> states = new TreeMap<>();
        TdbGraphStore store = new TdbGraphStore(db);
        try {
            Map<String, String> byGraph = new TreeMap<>();
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExec q = QueryExec.dataset(store.dataset()).query("""
                        SELECT ?g ?v (COUNT(*) AS ?n) {
                          GRAPH ?g { ?s <%s> ?o } BIND(SUBSTR(STR(?o), 1, 1) AS ?v)
                        } GROUP BY ?g ?v""".formatted(VALUE)).build()) {
                    q.select().forEachRemaining(row -> byGraph.merge(row.get("g").getURI(),
                            row.get("v").getLiteralLexicalForm() + " " + row.get("n").getLiteralLexicalForm(), (a, b) -> "mixed"));
                }
            });
            byGraph.values().forEach(state -> states.merge(state, 1, Integer::sum));
        } finally {
            TDBInternal.expel(store.dataset(), true);
        }
        return states;
    }

    private static void assertEveryGraph(Path db, char version, int size) {
        assertEquals(Map.of(version + " " + size, GRAPHS), versions(db));
    }

    /** A server on the store answers with the triples the graphs should hold. */
    private static void assertServes(Path db, int triples) throws Exception {
        TdbGraphStore store = new TdbGraphStore(db);
        EvawServer server = EvawServer.create().port(0).dataset(store.dataset()).dumps(db.resolveSibling("dumps")).build().start();
        try {
            String query = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s <" + VALUE + "> ?o } }";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()
                    + "evaw/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("n\r\n" + triples + "\r\n", r.body());
        } finally {
            server.stop();
            TDBInternal.expel(store.dataset(), true);
        }
    }

    private static long size(Path dir) throws IOException {
        if (!Files.exists(dir))
            return 0;
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void mount(String... args) throws Exception {
        List<String> command = Stream.concat(Stream.of("mount"), Stream.of(args)).toList();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0)
            fail(String.join(" ", command) + " was refused (this test needs root, as CI has): " + output.strip());
    }

    private static void unmount(Path dir) throws Exception {
        Process p = new ProcessBuilder("umount", dir.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0)
            fail("umount " + dir + " failed: " + output.strip());
    }
}
