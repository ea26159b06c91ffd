package org.evaw.server.browse;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * One way to count a {@link Selection}: from the search index's facets documents
 * ({@link IndexSelectionCounter}) or by SPARQL over the store ({@link SparqlSelectionCounter}),
 * chosen by {@link SelectionCounters}. Both answer alike; the page's names and rows are read from
 * the store either way, and the activities of an unnarrowed page from where the counts come.
 * Called inside the request's read transaction.
 */
interface SelectionCounter {
    /** Which of {@code iris} some activity has as a value of {@code facet}. */
    Set<String> known(Facet facet, List<String> iris, long deadline);

    /** The selection's total, each facet's counts and (when narrowed) its activities. */
    SelectionTally count(Selection selection, long deadline);

    /**
     * Every activity from {@code offset}, at most {@code limit}, in IRI order: the rows of a selection that narrows
     * nothing, whose counts hold no activities.
     */
    List<Node> everyActivity(long limit, long offset, long deadline);
}
