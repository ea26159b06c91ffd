package org.evaw.server.browse;

import java.util.List;
import java.util.Set;

/**
 * One way to count a {@link Selection}: from the search index's facets documents
 * ({@link IndexSelectionCounter}) or by SPARQL over the store ({@link SparqlSelectionCounter}),
 * chosen by {@link SelectionCounters}. Both answer alike; the page, its names and its rows are
 * read from the store either way. Called inside the request's read transaction.
 */
interface SelectionCounter {
    /** Which of {@code iris} some activity has as a value of {@code facet}. */
    Set<String> known(Facet facet, List<String> iris, long deadline);

    /** The selection's total, each facet's counts and (when narrowed) its activities. */
    SelectionTally count(Selection selection, long deadline);
}
