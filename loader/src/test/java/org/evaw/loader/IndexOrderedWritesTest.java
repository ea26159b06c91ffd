package org.evaw.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/**
 * Triples written index by index, sorted runs spilling to disk, are what a quad-at-a-time add
 * writes: found through every index (a pattern that binds only the subject, only the predicate,
 * only the object, the graph, or nothing), graph by graph, and gone again when the transaction
 * aborts.
 */
class IndexOrderedWritesTest {
    private static final Node GRAPH = NodeFactory.createURI("http://example.org/graph/summary");
    private static final Node OTHER_GRAPH = NodeFactory.createURI("http://example.org/graph/page");

    /** Rows of a made-up order: new subjects, a shared predicate set, objects both new, shared with another graph, and inline values. */
    private static List<Triple> triples() {
        List<Triple> triples = new ArrayList<>();
        for (int row = 0; row < 2_500; row++) {
            Node s = NodeFactory.createURI("http://example.org/row/" + row);
            triples.add(Triple.create(s, NodeFactory.createURI("http://example.org/rank"),
                    NodeFactory.createLiteralDT(Integer.toString(row + 1), XSDDatatype.XSDinteger)));
            triples.add(Triple.create(s, NodeFactory.createURI("http://example.org/title"), NodeFactory.createLiteralString("Title " + row % 300)));
            triples.add(Triple.create(s, NodeFactory.createURI("http://example.org/about"), NodeFactory.createURI("http://example.org/thing/" + row % 40)));
        }
        // The same triple twice is held once, as an add would hold it.
        triples.add(triples.get(0));
        return triples;
    }

    private static DatasetGraph storeWithAnotherGraph() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(store, () -> {
            for (int n = 0; n < 40; n++)
                store.add(OTHER_GRAPH, NodeFactory.createURI("http://example.org/thing/" + n),
                        NodeFactory.createURI("http://example.org/title"), NodeFactory.createLiteralString("Title " + n));
        });
        return store;
    }

    @Test
    void writesWhatAddsWouldThroughEveryIndex() {
        DatasetGraph sorted = storeWithAnotherGraph();
        DatasetGraph added = storeWithAnotherGraph();
        Txn.executeWrite(sorted, () -> {
            try (IndexOrderedWrites writes = new IndexOrderedWrites(sorted, GRAPH, 700)) {
                triples().forEach(t -> writes.add(t.getSubject(), t.getPredicate(), t.getObject()));
                assertEquals(7_501, writes.write());
            }
        });
        Txn.executeWrite(added, () -> triples().forEach(t -> added.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject())));
        Node s = NodeFactory.createURI("http://example.org/row/7");
        Node p = NodeFactory.createURI("http://example.org/title");
        Node o = NodeFactory.createLiteralString("Title 7");
        List<Quad> patterns = List.of(Quad.create(Node.ANY, Node.ANY, Node.ANY, Node.ANY), Quad.create(GRAPH, Node.ANY, Node.ANY, Node.ANY),
                Quad.create(Node.ANY, s, Node.ANY, Node.ANY), Quad.create(Node.ANY, Node.ANY, p, Node.ANY),
                Quad.create(Node.ANY, Node.ANY, Node.ANY, o), Quad.create(GRAPH, Node.ANY, p, o), Quad.create(GRAPH, s, Node.ANY, o),
                Quad.create(Node.ANY, Node.ANY, NodeFactory.createURI("http://example.org/rank"), NodeFactory.createLiteralDT("8", XSDDatatype.XSDinteger)));
        for (Quad pattern : patterns) {
            Set<Quad> expected = found(added, pattern);
            assertFalse(expected.isEmpty(), pattern.toString());
            assertEquals(expected, found(sorted, pattern), pattern.toString());
        }
        assertEquals(7_540, found(sorted, Quad.create(Node.ANY, Node.ANY, Node.ANY, Node.ANY)).size());
    }

    @Test
    void anAbortedTransactionLeavesNothing() {
        DatasetGraph store = storeWithAnotherGraph();
        store.begin(ReadWrite.WRITE);
        try (IndexOrderedWrites writes = new IndexOrderedWrites(store, GRAPH, 700)) {
            triples().forEach(t -> writes.add(t.getSubject(), t.getPredicate(), t.getObject()));
            writes.write();
            assertTrue(store.containsGraph(GRAPH));
        } finally {
            store.abort();
            store.end();
        }
        assertEquals(40, found(store, Quad.create(Node.ANY, Node.ANY, Node.ANY, Node.ANY)).size());
        Txn.executeRead(store, () -> assertFalse(store.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).hasNext()));
    }

    private static Set<Quad> found(DatasetGraph store, Quad pattern) {
        Set<Quad> found = new HashSet<>();
        Txn.executeRead(store, () -> store.find(pattern.getGraph(), pattern.getSubject(), pattern.getPredicate(), pattern.getObject())
                .forEachRemaining(found::add));
        return found;
    }
}
