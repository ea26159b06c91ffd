package org.evaw.server.browse;

import java.util.List;
import java.util.Map;

/**
 * What {@code /activities} answers for a selection: how many activities it holds and on how many
 * pages, the rows of the page asked, each facet's values with their counts, and the names of every
 * resource shown.
 */
record Answer(Selection selection, long total, long pages, long pageSize, List<Row> rows, List<FacetValues> facets, Names names) {

    /** One activity: its IRI and, by column ({@code columns.rq}), the IRIs or literals it has. */
    record Row(String iri, Map<String, List<org.apache.jena.graph.Node>> columns) {
        List<org.apache.jena.graph.Node> column(String name) {
            return columns.getOrDefault(name, List.of());
        }
    }

    /**
     * A facet's values, each with the number of activities of the selection that have it, as the
     * page lists them, and how many values it has in all.
     */
    record FacetValues(Facet facet, List<Counted> values, int of) {}

    record Counted(String iri, long count) {}
}
