package org.evaw.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries during a reload: one thread replaces a graph again and again with its two versions, of
 * different sizes, while readers count its triples, by SPARQL and through the graph API, each in
 * a read transaction. Every count must be the size of one version or the other: never a graph
 * half replaced, never an empty one between the removal and the insertion.
 */
class ConcurrentReloadTest {
    private static final Node GRAPH = NodeFactory.createURI("http://localhost:3030/graph/reloaded");
    private static final int SMALL = 300;
    private static final int LARGE = 900;
    private static final long MILLIS = 4_000;
    /** Replacements enough to race; on a loaded machine the readers may hold the writer back, so it runs longer, up to a minute. */
    private static final int REPLACEMENTS = 6;
    private static final long MOST_MILLIS = 60_000;

    @Test
    void readersSeeTheOldGraphOrTheNewNeverAMix(@TempDir(factory = MemoryTempDir.class) Path dir) throws Exception {
        TdbGraphStore store = new TdbGraphStore(dir.resolve("tdb2"));
        Graph small = version("small", SMALL), large = version("large", LARGE);
        store.replace(GRAPH, small);

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger replacements = new AtomicInteger();
        AtomicLong reads = new AtomicLong();
        Map<Long, AtomicLong> seen = new ConcurrentHashMap<>();
        Set<String> failures = ConcurrentHashMap.newKeySet();

        Thread writer = new Thread(() -> {
            try {
                while (running.get()) {
                    store.replace(GRAPH, replacements.get() % 2 == 0 ? large : small);
                    replacements.incrementAndGet();
                }
            } catch (RuntimeException e) {
                failures.add("writer: " + e);
            }
        }, "reloader");
        Runnable sparqlReader = () -> {
            while (running.get()) {
                long n = Txn.calculateRead(store.dataset(), () -> {
                    try (QueryExec q = QueryExec.dataset(store.dataset())
                            .query("SELECT (COUNT(*) AS ?n) { GRAPH <" + GRAPH.getURI() + "> { ?s ?p ?o } }").build()) {
                        return Long.parseLong(q.select().next().get("n").getLiteralLexicalForm());
                    }
                });
                seen.computeIfAbsent(n, k -> new AtomicLong()).incrementAndGet();
                reads.incrementAndGet();
            }
        };
        Runnable apiReader = () -> {
            while (running.get()) {
                // Two looks in one transaction must agree: a reader's view does not move under it.
                long[] n = Txn.calculateRead(store.dataset(), () -> new long[] {
                        store.dataset().getGraph(GRAPH).size(), store.dataset().getGraph(GRAPH).find().toList().size()});
                if (n[0] != n[1])
                    failures.add("one read transaction saw " + n[0] + " then " + n[1]);
                seen.computeIfAbsent(n[0], k -> new AtomicLong()).incrementAndGet();
                reads.incrementAndGet();
            }
        };
        Thread[] readers = {new Thread(sparqlReader, "sparql-reader"), new Thread(apiReader, "api-reader")};
        writer.start();
        for (Thread r : readers)
            r.start();
        long start = System.nanoTime();
        long elapsed = 0;
        while (elapsed < MILLIS || (replacements.get() < REPLACEMENTS && elapsed < MOST_MILLIS)) {
            Thread.sleep(100);
            elapsed = (System.nanoTime() - start) / 1_000_000;
        }
        running.set(false);
        writer.join();
        for (Thread r : readers)
            r.join();
        store.close();

        Map<Long, Long> counts = new TreeMap<>();
        seen.forEach((size, n) -> counts.put(size, n.get()));
        System.out.printf("concurrent-reload: %d replacements and %d counts in %d ms; triples counted -> times: %s%n",
                replacements.get(), reads.get(), elapsed, counts);
        assertTrue(failures.isEmpty(), failures.toString());
        assertEquals(Set.of((long) SMALL, (long) LARGE), counts.keySet(), "every count is one version's size: " + counts);
        assertTrue(replacements.get() >= REPLACEMENTS, "the graph was replaced often enough to race: " + replacements.get());
    }

    private static Graph version(String name, int size) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < size; i++)
            g.add(Triple.create(NodeFactory.createURI("http://localhost:3030/id/thing/" + name + i),
                    NodeFactory.createURI("http://localhost:3030/id/p/value"), NodeFactory.createLiteralString(name + " " + i)));
        return g;
    }
}
