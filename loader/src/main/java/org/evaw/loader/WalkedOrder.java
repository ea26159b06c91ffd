package org.evaw.loader;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.evaw.ontology.SummaryOrders;

/**
 * An order the summary keeps ({@link SummaryOrders}) whose rows are restated in Java from one
 * {@link SubjectWalk} of a TDB2 store, beside the query that defines them ({@code order-NAME.rq}):
 * the query joins and sorts every activity again, the walk meets each activity once with all it
 * states. A restatement gives the query's rows (its projected variables and what its ORDER BY
 * reads) in any order; {@link WalkedOrders} sorts them by the query's own ORDER BY, as ARQ does.
 * The loader's tests compare each restatement with its query, row for row.
 */
interface WalkedOrder {
    /** The order this restates. */
    SummaryOrders.Order order();

    /** The predicates that make a subject one whose rows this may give. */
    List<Node> predicates();

    /** Takes a subject the walk met, with the distinct objects of each of its predicates; gives the rows it alone makes. */
    void add(Node subject, Map<Node, Set<Node>> objects, Consumer<Binding> rows);

    /** Gives the rows that wait for the walk's end (counts over every activity). */
    void finish(Consumer<Binding> rows);
}
