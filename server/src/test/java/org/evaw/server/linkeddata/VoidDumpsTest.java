package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.evaw.ontology.iri.UriSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The VoID description lists the dumps once they are written, and is served without them when
 * they cannot be written: the figures and the dumps do not wait for each other.
 */
class VoidDumpsTest {
    private static final String BASE = "http://localhost:3030/";
    private static final Node DATA_DUMP = NodeFactory.createURI("http://rdfs.org/ns/void#dataDump");
    private static final Node TRIPLES = NodeFactory.createURI("http://rdfs.org/ns/void#triples");

    private static DatasetGraph small() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> dataset.add(NodeFactory.createURI(BASE + "graph/1"), NodeFactory.createURI(BASE + "id/a"),
                NodeFactory.createURI(BASE + "id/p"), NodeFactory.createLiteralString("b")));
        return dataset;
    }

    private static Graph voidWithDumpsIn(Path dumps) {
        DatasetGraph dataset = small();
        VoidDescription description = new VoidDescription(new StoreFigures(dataset, new UriSpace(BASE).entityPrefix()),
                new UriSpace(BASE), new Dumps(dataset, JsonLdContext.load().prefixes(), dumps));
        return description.withDumps().within(Duration.ofSeconds(30)).orElseThrow().graph();
    }

    @Test
    void listsEveryDumpOnceWritten(@TempDir Path dir) {
        Graph v = voidWithDumpsIn(dir.resolve("dumps"));
        assertEquals(4, v.find(Node.ANY, DATA_DUMP, Node.ANY).toList().size());
    }

    @Test
    void isServedWithoutDumpsThatCannotBeWritten(@TempDir Path dir) throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("dumps"), "a file where the dumps' directory should be");
        Graph v = voidWithDumpsIn(notADirectory);
        assertEquals(0, v.find(Node.ANY, DATA_DUMP, Node.ANY).toList().size());
        assertTrue(v.find(Node.ANY, TRIPLES, Node.ANY).hasNext(), "the figures are there");
    }
}
