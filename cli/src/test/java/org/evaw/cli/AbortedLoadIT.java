package org.evaw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jena GH-3877 against our loader: after a write transaction is aborted, the next write in the
 * same JVM could leave zero-filled gaps in TDB2's node table. {@code load} aborts the transaction
 * of a file it refuses half way and goes on to the next file, so one {@code load} of a good file,
 * a file that breaks after tens of thousands of new terms, and another good file is that case. Every
 * quad of both good files must then read back exactly: in the JVM that loaded them, from the store
 * reopened with its caches dropped, and from a JVM of its own ({@link Child}).
 */
class AbortedLoadIT {
    private static final int GOOD_QUADS = 20_000;
    private static final int BAD_QUADS = 60_000;

    @TempDir
    Path work;

    @Test
    void theFileAfterAnAbortedOneLoadsWholeAndReadsBackExactly() throws Exception {
        Path db = work.resolve("db");
        Path first = quads("first.nq", "first", GOOD_QUADS, false);
        Path broken = quads("broken.nq", "broken", BAD_QUADS, true);
        Path second = quads("second.nq", "second", GOOD_QUADS, false);

        Run load = Run.of("load", "--db", db.toString(), first.toString(), broken.toString(), second.toString());
        assertEquals(1, load.exitCode(), load.err());
        assertTrue(load.err().contains("broken.nq") && load.err().contains("line " + (BAD_QUADS + 1)),
                "the broken file is named, with its line: " + load.err());
        assertTrue(load.out().startsWith("2 graphs replaced, " + 2 * GOOD_QUADS + " quads loaded, 1 files failed"), load.out());

        Set<Quad> expected = new HashSet<>(read(first));
        expected.addAll(read(second));

        DatasetGraph loaded = DatabaseMgr.connectDatasetGraph(db.toString());
        assertEquals(expected, quadsOf(loaded), "in the JVM that loaded them");
        TDBInternal.expel(loaded, true);

        DatasetGraph reopened = DatabaseMgr.connectDatasetGraph(db.toString());
        assertEquals(expected, quadsOf(reopened), "the store reopened");
        TDBInternal.expel(reopened, true);

        Child fresh = Child.run(work, "read-back", 180, "query", "--db", db.toString(), "--format", "tsv",
                "--sparql", "SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(0, fresh.exitCode(), fresh.err());
        Set<Quad> inFreshJvm = new HashSet<>();
        ResultSetMgr.read(new ByteArrayInputStream(Files.readAllBytes(fresh.out)), ResultSetLang.RS_TSV)
                .forEachRemaining(row -> inFreshJvm.add(Quad.create(row.get("g").asNode(), row.get("s").asNode(),
                        row.get("p").asNode(), row.get("o").asNode())));
        assertEquals(expected, inFreshJvm, "in a JVM of its own");
        System.out.printf("aborted-load: %d quads of two good files read back exactly around a file aborted after %d quads%n",
                expected.size(), BAD_QUADS);
    }

    /**
     * One named graph of {@code count} quads whose subjects and literals are all new terms, of
     * varied lengths and scripts; a broken file ends with a line whose IRI holds a space.
     */
    private Path quads(String name, String tag, int count, boolean broken) throws IOException {
        Path file = work.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write("<http://localhost:3030/id/thing/" + tag + "-" + i + "> <http://localhost:3030/id/p/v" + (i % 7) + "> \""
                        + tag + " " + i + " " + "é".repeat(i % 13) + "x".repeat(i % 97) + "\" <http://localhost:3030/graph/" + tag + "> .\n");
            }
            if (broken)
                out.write("<http://localhost:3030/id/thing/" + tag + " last> <http://localhost:3030/id/p/v0> \"x\" <http://localhost:3030/graph/" + tag + "> .\n");
        }
        return file;
    }

    private static Set<Quad> read(Path file) {
        Set<Quad> quads = new HashSet<>();
        RDFDataMgr.loadDatasetGraph(file.toString()).find().forEachRemaining(quads::add);
        return quads;
    }

    private static Set<Quad> quadsOf(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Set<Quad> quads = new HashSet<>();
            dataset.find().forEachRemaining(quads::add);
            return quads;
        });
    }
}
