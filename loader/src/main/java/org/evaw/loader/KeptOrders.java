package org.evaw.loader;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.tdb2.TDB2;
import org.evaw.ontology.SummaryCubes;
import org.evaw.ontology.SummaryOrders;

/**
 * Brings the orders the summary keeps ({@link SummaryOrders}) up to date inside the loader's write
 * transaction, after the rest of the summary: each order is made again from the summary as it
 * stands and only the triples that differ from those it holds are written (a row that only moved
 * changes its rank alone).
 */
final class KeptOrders {
    private static final Node DATA_SET = SummaryCubes.dataSet.asNode();

    private KeptOrders() {}

    /** Makes the orders again on a TDB2 dataset, from its summary graph {@code summary}, and writes the difference. */
    static void apply(DatasetGraph dataset, Node summary) {
        for (SummaryOrders.Order order : SummaryOrders.ORDERS) {
            Set<Triple> kept = new HashSet<>(SummaryOrders.rows(order,
                    query -> QueryExec.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true).build(), summary));
            Set<Triple> held = new HashSet<>();
            dataset.find(summary, Node.ANY, DATA_SET, order.dataSet()).forEachRemaining(q ->
                    dataset.find(summary, q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(t -> held.add(t.asTriple())));
            for (Triple t : held)
                if (!kept.contains(t))
                    dataset.delete(summary, t.getSubject(), t.getPredicate(), t.getObject());
            for (Triple t : kept)
                if (!held.contains(t))
                    dataset.add(summary, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }
}
