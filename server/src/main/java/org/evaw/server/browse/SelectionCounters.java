package org.evaw.server.browse;

import java.util.List;
import java.util.Optional;

import org.evaw.search.SearchIndex;

/**
 * Chooses how {@code /activities} counts its selections: from the search index when the server
 * has one, by SPARQL otherwise. The system property {@value #PROPERTY}{@code =sparql} forces the
 * SPARQL counts, to compare the two on one store.
 */
final class SelectionCounters {
    static final String PROPERTY = "evaw.activities.counts";

    private SelectionCounters() {}

    static SelectionCounter of(List<Facet> facets, Optional<SearchIndex> index, StoreReads reads) {
        if (index.isPresent() && !"sparql".equals(System.getProperty(PROPERTY)))
            return new IndexSelectionCounter(facets, index.get(), reads);
        return new SparqlSelectionCounter(facets, reads);
    }
}
