package org.evaw.loader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.SummaryCubes;
import org.evaw.ontology.SummaryOrders;

/**
 * A summary graph's triples as a page reads its kept orders: each row's rank given as its
 * position in its ranking (through the ranking's records of ranks put in and taken out), the
 * records left out; so a summary brought up to date by the delta compares with a fresh one, whose
 * rankings are all made whole, triple for triple.
 */
public final class OrdersAsRead {
    private OrdersAsRead() {}

    /** The triples of {@code summary} in {@code store}, read in the caller's transaction. */
    public static List<Triple> triples(DatasetGraph store, Node summary) {
        Map<Node, Node> positions = new HashMap<>();
        for (SummaryOrders.Order order : SummaryOrders.ORDERS) {
            Set<List<Node>> parts = new HashSet<>();
            store.find(summary, Node.ANY, SummaryCubes.dataSet.asNode(), order.dataSet()).forEachRemaining(q -> parts.add(order.partition()
                    .stream().map(v -> store.find(summary, q.getSubject(), order.cell(v), Node.ANY).next().getObject()).toList()));
            for (List<Node> part : parts) {
                long position = 0;
                for (Node row : new RankedRows(store, summary, order, part).all())
                    positions.put(row, SummaryOrders.rank(++position));
            }
        }
        List<Triple> triples = new ArrayList<>();
        store.find(summary, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Triple t = q.asTriple();
            if (store.contains(summary, t.getSubject(), RDF.type.asNode(), EVAW.RankChanges.asNode()))
                return;
            triples.add(t.getPredicate().equals(EVAW.rank.asNode()) ? Triple.create(t.getSubject(), t.getPredicate(), positions.get(t.getSubject())) : t);
        });
        return triples;
    }
}
