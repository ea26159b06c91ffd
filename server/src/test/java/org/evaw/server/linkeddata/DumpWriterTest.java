package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dump whose writer holds the whole document in memory (JSON-LD) is written only for a store
 * of a bounded size, and the rest are written whatever the size: at 10^5 pages the JSON-LD
 * writer would exhaust the server's heap.
 */
class DumpWriterTest {
    private static DatasetGraph quads(int n) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < n; i++)
                dataset.add(NodeFactory.createURI("https://example.org/graph/" + i), NodeFactory.createURI("https://example.org/s"),
                        NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("o" + i));
        });
        return dataset;
    }

    private static List<String> names(List<Dump> dumps) {
        return dumps.stream().map(Dump::fileName).toList();
    }

    @Test
    void everyDumpIsWrittenForAStoreWithinTheBound(@TempDir Path dir) throws Exception {
        DumpWriter writer = new DumpWriter(quads(3), JsonLdContext.load().prefixes(), 3);
        List<Dump> dumps = writer.writeAll(dir);
        assertEquals(List.of("evaw-kg.nq.gz", "evaw-kg.ttl", "evaw-kg.jsonld", "evaw-kg.rdfb"), names(dumps));
        assertEquals(3, dumps.get(0).statements(), "quads in the N-Quads");
        assertTrue(writer.leftOut(dumps).isEmpty());
    }

    @Test
    void pastTheBoundTheJsonLdDumpIsLeftOutAndSaysWhy(@TempDir Path dir) throws Exception {
        DumpWriter writer = new DumpWriter(quads(4), JsonLdContext.load().prefixes(), 3);
        List<Dump> dumps = writer.writeAll(dir);
        assertEquals(List.of("evaw-kg.nq.gz", "evaw-kg.ttl", "evaw-kg.rdfb"), names(dumps));
        assertFalse(Files.exists(dir.resolve("evaw-kg.jsonld")));
        assertEquals(1, writer.leftOut(dumps).size());
        assertTrue(writer.whyNotWritten("evaw-kg.jsonld").orElseThrow().contains("at most 3 quads"));
        assertTrue(writer.whyNotWritten("evaw-kg.ttl").isEmpty(), "Turtle streams: no bound");
    }
}
