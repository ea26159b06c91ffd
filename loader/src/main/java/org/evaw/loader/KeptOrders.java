package org.evaw.loader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.evaw.ontology.SummaryCubes;
import org.evaw.ontology.SummaryOrders;

/**
 * Writes the orders the summary keeps ({@link SummaryOrders}) inside the loader's write
 * transaction, after the rest of the summary: into a summary just computed ({@link #write}), or
 * over the orders it holds ({@link #apply}), where each order is made again from the summary as it
 * stands and only the triples that differ are written (a row that only moved changes its rank
 * alone). Neither holds an order's triples in memory: they come a row at a time ({@link OrderRows}).
 */
final class KeptOrders {
    private static final Node DATA_SET = SummaryCubes.dataSet.asNode();

    private KeptOrders() {}

    /** Adds every order to {@code summary}, a summary graph of the dataset that holds no order yet. */
    static void write(DatasetGraph dataset, Node summary) {
        for (SummaryOrders.Order order : SummaryOrders.ORDERS)
            OrderRows.each(dataset, order, summary, t -> dataset.add(summary, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** Makes the orders again on a TDB2 dataset, from its summary graph {@code summary}, and writes the difference. */
    static void apply(DatasetGraph dataset, Node summary) {
        for (SummaryOrders.Order order : SummaryOrders.ORDERS) {
            // 64 bits of each kept row's SHA-1 name: some 30 MB at 10^5 pages, where the rows' triples are gigabytes.
            Set<Long> kept = new HashSet<>();
            // A row's triples come one after another: each row is compared with what its observation holds.
            List<Triple> row = new ArrayList<>();
            OrderRows.each(dataset, order, summary, t -> {
                if (!row.isEmpty() && !row.get(0).getSubject().equals(t.getSubject())) {
                    write(dataset, summary, row, kept);
                    row.clear();
                }
                row.add(t);
            });
            if (!row.isEmpty())
                write(dataset, summary, row, kept);
            List<Node> gone = new ArrayList<>();
            dataset.find(summary, Node.ANY, DATA_SET, order.dataSet()).forEachRemaining(q -> {
                if (!kept.contains(key(q.getSubject())))
                    gone.add(q.getSubject());
            });
            for (Node observation : gone)
                dataset.deleteAny(summary, observation, Node.ANY, Node.ANY);
        }
    }

    /** Writes what a row's observation must state and does not, and deletes what it states and must not. */
    private static void write(DatasetGraph dataset, Node summary, List<Triple> row, Set<Long> kept) {
        Node observation = row.get(0).getSubject();
        kept.add(key(observation));
        Set<Triple> wanted = new HashSet<>(row);
        Set<Triple> held = new HashSet<>();
        dataset.find(summary, observation, Node.ANY, Node.ANY).forEachRemaining(q -> held.add(q.asTriple()));
        for (Triple t : held)
            if (!wanted.contains(t))
                dataset.delete(summary, t.getSubject(), t.getPredicate(), t.getObject());
        for (Triple t : wanted)
            if (!held.contains(t))
                dataset.add(summary, t.getSubject(), t.getPredicate(), t.getObject());
    }

    /** The first 64 bits of the SHA-1 that ends a row's IRI ({@link SummaryOrders}). */
    private static long key(Node observation) {
        String iri = observation.getURI();
        return Long.parseUnsignedLong(iri.substring(iri.lastIndexOf('/') + 1, iri.lastIndexOf('/') + 17), 16);
    }
}
