package org.evaw.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/** A change to some graphs is taken at the level of the union of graphs: a triple another graph holds is no change. */
class UnionChangeTest {
    private static final Node PAGE = iri("graph/page");
    private static final Node OTHER = iri("graph/other");
    private static final Triple KENYA = Triple.create(iri("id/activity/a"), iri("p/country"), iri("id/country/ken"));
    private static final Triple UGANDA = Triple.create(iri("id/activity/a"), iri("p/country"), iri("id/country/uga"));
    private static final Triple SHARED = Triple.create(iri("id/agency/unodc"), iri("p/label"), NodeFactory.createLiteralString("UNODC"));

    private static Node iri(String path) {
        return NodeFactory.createURI("http://localhost:3030/" + path);
    }

    /** Replaces the page graph's triples {@code from} by {@code to} in a store where another graph holds {@code elsewhere}; the union's change. */
    private static UnionChange replacing(Set<Triple> from, Set<Triple> to, Set<Triple> elsewhere) {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        return Txn.calculateWrite(store, () -> {
            elsewhere.forEach(t -> store.add(Quad.create(OTHER, t)));
            from.forEach(t -> store.add(Quad.create(PAGE, t)));
            Set<Quad> before = quads(store);
            store.deleteAny(PAGE, Node.ANY, Node.ANY, Node.ANY);
            to.forEach(t -> store.add(Quad.create(PAGE, t)));
            return UnionChange.of(store, List.of(PAGE), before, quads(store));
        });
    }

    private static Set<Quad> quads(DatasetGraph store) {
        Set<Quad> quads = new HashSet<>();
        store.find(PAGE, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        return quads;
    }

    @Test
    void aTripleThePageNewlyStatesIsAddedUnlessAnotherGraphHeldIt() {
        UnionChange change = replacing(Set.of(KENYA), Set.of(KENYA, UGANDA, SHARED), Set.of(SHARED));
        assertEquals(Set.of(UGANDA), change.added(), "SHARED was in the union before");
        assertEquals(Set.of(), change.removed());
    }

    @Test
    void aTripleThePageNoLongerStatesIsRemovedUnlessAnotherGraphStillHoldsIt() {
        UnionChange change = replacing(Set.of(KENYA, SHARED), Set.of(UGANDA), Set.of(SHARED));
        assertEquals(Set.of(UGANDA), change.added());
        assertEquals(Set.of(KENYA), change.removed(), "SHARED is still in the union");
    }

    @Test
    void withoutAnotherGraphEveryTripleThePageGainsOrLosesIsAChange() {
        UnionChange change = replacing(Set.of(KENYA, SHARED), Set.of(UGANDA), Set.of());
        assertEquals(Set.of(UGANDA), change.added());
        assertEquals(Set.of(KENYA, SHARED), change.removed());
    }
}
