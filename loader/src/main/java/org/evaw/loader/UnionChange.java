package org.evaw.loader;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * What replacing some graphs changed in the union of all graphs, which is what the kept orders'
 * queries read: a triple is added when no graph held it before, and removed when no graph holds it
 * now. A page that newly states a triple another graph already states changes nothing there, and
 * neither does one that stops stating a triple another graph still states. Taking the changes at
 * the union's level makes the store before the change exact as (after ∪ removed) − added, which
 * {@link KeptOrders} reads to find the rows an OPTIONAL starts or stops matching; taken graph by
 * graph, such a triple would be missing from "before".
 */
record UnionChange(Set<Triple> added, Set<Triple> removed) {

    /**
     * The union's change when {@code graphs}, which held {@code before}, now hold {@code after}
     * (the same selection of their quads, taken before and after the replacement); one index lookup
     * in {@code dataset} for each triple that changed in a replaced graph.
     */
    static UnionChange of(DatasetGraph dataset, List<Node> graphs, Set<Quad> before, Set<Quad> after) {
        Set<Node> replaced = Set.copyOf(graphs);
        Set<Triple> heldBefore = triples(before);
        Set<Triple> heldAfter = triples(after);
        Set<Triple> added = new HashSet<>();
        Set<Triple> removed = new HashSet<>();
        for (Quad q : after)
            if (!before.contains(q) && !heldBefore.contains(q.asTriple()) && !heldElsewhere(dataset, replaced, q.asTriple()))
                added.add(q.asTriple());
        for (Quad q : before)
            if (!after.contains(q) && !heldAfter.contains(q.asTriple()) && !heldElsewhere(dataset, replaced, q.asTriple()))
                removed.add(q.asTriple());
        return new UnionChange(added, removed);
    }

    private static Set<Triple> triples(Set<Quad> quads) {
        Set<Triple> triples = new HashSet<>();
        quads.forEach(q -> triples.add(q.asTriple()));
        return triples;
    }

    /** Whether a graph the change did not replace holds the triple: it held it before the change too. */
    private static boolean heldElsewhere(DatasetGraph dataset, Set<Node> replaced, Triple t) {
        var holders = dataset.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        try {
            while (holders.hasNext()) {
                Node g = holders.next().getGraph();
                // The store's own default graph is not in the union of named graphs that the orders read.
                if (!replaced.contains(g) && !Quad.isDefaultGraph(g))
                    return true;
            }
            return false;
        } finally {
            Iter.close(holders);
        }
    }
}
