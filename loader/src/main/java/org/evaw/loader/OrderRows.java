package org.evaw.loader;

import java.util.Iterator;
import java.util.function.Consumer;

import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.DataBag;
import org.apache.jena.atlas.data.ThresholdPolicyCount;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.system.SerializationFactoryFinder;
import org.apache.jena.tdb2.TDB2;
import org.evaw.ontology.SummaryOrders;

/**
 * The triples of an order the summary keeps ({@link SummaryOrders}), from its query over a TDB2
 * store inside the loader's write transaction. At 10^5 pages the publications' order has some 4
 * million rows: sorted in memory, as ARQ does unless told otherwise, they ran a 6 GB heap out
 * after 32 minutes of a load. So the sort spills to disk past {@link #SORTED_ROWS} rows, and the
 * sorted rows wait in a Jena data bag that spills too, not in the store, until the query is done:
 * the store is not written while the query still reads it.
 */
final class OrderRows {
    /** Rows ARQ's ORDER BY, and the bag after it, hold in memory before they spill ({@code arq:spillToDiskThreshold}). */
    static final long SORTED_ROWS = 100_000;

    private OrderRows() {}

    /** Gives {@code sink} the order's triples, row after row in its order. */
    static void each(DatasetGraph dataset, SummaryOrders.Order order, Node summary, Consumer<Triple> sink) {
        each(dataset, order, SummaryOrders.query(order, summary), sink);
    }

    /** Gives {@code sink} the triples of the rows {@code query} (the order's, or the order's restricted to some of its parts) gives. */
    static void each(DatasetGraph dataset, SummaryOrders.Order order, Query query, Consumer<Triple> sink) {
        DataBag<Binding> rows = BagFactory.newDefaultBag(new ThresholdPolicyCount<>(SORTED_ROWS),
                SerializationFactoryFinder.bindingSerializationFactory());
        try {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query)
                    .set(TDB2.symUnionDefaultGraph, true)
                    .set(ARQ.spillToDiskThreshold, SORTED_ROWS)
                    .build()) {
                rows.addAll(exec.select());
            }
            Iterator<Binding> sorted = rows.iterator();
            try {
                SummaryOrders.triples(order, query.getProjectVars(), sorted, sink);
            } finally {
                Iter.close(sorted);
            }
        } finally {
            rows.close();
        }
    }
}
