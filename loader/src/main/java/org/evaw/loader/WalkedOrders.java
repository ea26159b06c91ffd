package org.evaw.loader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.atlas.data.ThresholdPolicyCount;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.system.SerializationFactoryFinder;
import org.evaw.ontology.SummaryOrders;

/**
 * The orders that have a restatement ({@link WalkedOrder}), made from one {@link SubjectWalk} of a
 * TDB2 store instead of one query each: the walk meets each activity once, where each query joined
 * every activity again. Each order's rows are sorted by its query's own ORDER BY with ARQ's
 * comparator, in a bag that spills to disk past {@link OrderRows#SORTED_ROWS} rows, as the query's
 * sort would.
 */
final class WalkedOrders implements AutoCloseable {
    private final Map<Node, SortedDataBag<Binding>> rows = new LinkedHashMap<>();
    private final Map<Node, SummaryOrders.Order> orders = new LinkedHashMap<>();
    private final Node summary;

    private WalkedOrders(Node summary) {
        this.summary = summary;
    }

    /** The restatements, for a store whose reference data they look up in {@code dataset}. */
    static List<WalkedOrder> restatements(DatasetGraph dataset) {
        ReferenceLookups lookups = new ReferenceLookups(dataset);
        return List.of(new CountriesInRegionRows(lookups), new FormAndRegionRows(lookups));
    }

    /**
     * The rows of every restated order of a TDB2 store whose summary graph is {@code summary}, from
     * one walk; none when the store cannot be walked (its orders then come from their queries).
     */
    static WalkedOrders of(DatasetGraph dataset, Node summary) {
        WalkedOrders walked = new WalkedOrders(summary);
        if (!SubjectWalk.canWalk(dataset))
            return walked;
        List<WalkedOrder> restated = restatements(dataset);
        Set<Node> predicates = new LinkedHashSet<>();
        for (WalkedOrder r : restated) {
            SummaryOrders.Order order = r.order();
            var query = SummaryOrders.query(order, summary);
            walked.orders.put(order.dataSet(), order);
            walked.rows.put(order.dataSet(), BagFactory.newSortedBag(new ThresholdPolicyCount<>(OrderRows.SORTED_ROWS),
                    SerializationFactoryFinder.bindingSerializationFactory(), new BindingComparator(query.getOrderBy())));
            predicates.addAll(r.predicates());
        }
        SubjectWalk.walk(dataset, List.of(), new ArrayList<>(predicates), (subject, objects) -> {
            for (WalkedOrder r : restated)
                if (r.predicates().stream().anyMatch(objects::containsKey))
                    r.add(subject, objects, walked.rows.get(r.order().dataSet())::add);
        });
        for (WalkedOrder r : restated)
            r.finish(walked.rows.get(r.order().dataSet())::add);
        return walked;
    }

    /** Whether this holds the rows of {@code order}. */
    boolean has(SummaryOrders.Order order) {
        return rows.containsKey(order.dataSet());
    }

    /** Gives {@code sink} the triples of a restated order's rows, ranked in its query's order. */
    void triples(SummaryOrders.Order order, Consumer<Triple> sink) {
        var sorted = rows.get(order.dataSet()).iterator();
        try {
            SummaryOrders.triples(order, SummaryOrders.query(order, summary).getProjectVars(), sorted, sink);
        } finally {
            Iter.close(sorted);
        }
    }

    @Override
    public void close() {
        rows.values().forEach(SortedDataBag::close);
    }
}
