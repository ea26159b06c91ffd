package org.evaw.loader;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.SummaryCubes;
import org.evaw.ontology.SummaryOrders;

/**
 * The held rows of one kept order, looked up by rank while one change is written, each looked up
 * once. A rank is found through the index of (graph, predicate, object), so a lookup reads only the
 * rows of every order at that rank; the order's length is found by searching for its last rank, so
 * moving a few rows never reads the whole order (which may hold 10⁶ rows).
 */
final class RankedRows {
    private static final Node RANK = EVAW.rank.asNode();
    private static final Node DATA_SET = SummaryCubes.dataSet.asNode();

    private final DatasetGraph dataset;
    private final Node summary;
    private final Node dataSet;
    private final Map<Long, Optional<Node>> seen = new HashMap<>();

    RankedRows(DatasetGraph dataset, Node summary, SummaryOrders.Order order) {
        this.dataset = dataset;
        this.summary = summary;
        this.dataSet = order.dataSet();
    }

    /** The observation of the order at {@code rank}, if it holds one. */
    Optional<Node> at(long rank) {
        return seen.computeIfAbsent(rank, this::find);
    }

    /**
     * How many rows the order holds: ranks run from 1 to it without a gap, so it is the last rank
     * held, found by doubling a bound and halving between it and the last rank known to be held.
     */
    long count() {
        long held = 0, bound = 1;
        while (at(bound).isPresent()) {
            held = bound;
            bound *= 2;
        }
        while (bound - held > 1) {
            long middle = (held + bound) >>> 1;
            if (at(middle).isPresent())
                held = middle;
            else
                bound = middle;
        }
        return held;
    }

    private Optional<Node> find(long rank) {
        var ranked = dataset.find(summary, Node.ANY, RANK, SummaryOrders.rank(rank));
        while (ranked.hasNext()) {
            Node observation = ranked.next().getSubject();
            if (dataset.contains(summary, observation, DATA_SET, dataSet))
                return Optional.of(observation);
        }
        return Optional.empty();
    }
}
