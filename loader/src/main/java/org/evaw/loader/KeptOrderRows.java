package org.evaw.loader;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.evaw.ontology.SummaryOrders;

/**
 * The two ways to the triples of an order the summary keeps, for the tests that compare them on
 * stores built from pages (any module that builds one): its query ({@code order-NAME.rq}), the
 * definition, and, for the orders restated in Java, one walk of the store ({@link WalkedOrders}).
 * Each is called inside a transaction of a TDB2 store; the triples come in the order they are
 * written, rank after rank.
 */
public final class KeptOrderRows {
    private KeptOrderRows() {}

    /** The orders that a TDB2 store's bulk load makes from a walk instead of their queries. */
    public static List<SummaryOrders.Order> restated(DatasetGraph dataset) {
        return WalkedOrders.restatements(dataset).stream().map(WalkedOrder::order).toList();
    }

    /** The order's triples from its query, the summary graph being {@code summary}. */
    public static List<Triple> byQuery(DatasetGraph dataset, SummaryOrders.Order order, Node summary) {
        List<Triple> triples = new ArrayList<>();
        OrderRows.each(dataset, order, summary, triples::add);
        return triples;
    }

    /** The order's triples from the walk (an order without a restatement has none). */
    public static List<Triple> byWalk(DatasetGraph dataset, SummaryOrders.Order order, Node summary) {
        List<Triple> triples = new ArrayList<>();
        try (WalkedOrders walked = WalkedOrders.of(dataset, summary)) {
            if (walked.has(order))
                walked.triples(order, triples::add);
        }
        return triples;
    }
}
