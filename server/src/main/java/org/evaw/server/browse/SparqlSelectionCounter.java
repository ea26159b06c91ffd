package org.evaw.server.browse;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Counts a selection by SPARQL over the store, for a store served without the search index: each
 * facet chosen is asked for its activities apart and the sets intersected here; each facet's
 * values are then counted among the activities of the other facets' choices, by one grouped query
 * per facet ({@link ActivityQueries}). Over every activity, the summary graph's kept counts (and number of activities)
 * are read instead.
 */
final class SparqlSelectionCounter implements SelectionCounter {
    private final List<Facet> facets;
    private final StoreReads reads;
    private final ActivityQueries queries = new ActivityQueries();

    SparqlSelectionCounter(List<Facet> facets, StoreReads reads) {
        this.facets = facets;
        this.reads = reads;
    }

    @Override
    public Set<String> known(Facet facet, List<String> iris, long deadline) {
        Set<String> known = new HashSet<>();
        reads.run(queries.known(facet, iris), deadline, row -> known.add(row.get(ActivityQueries.VALUE).getURI()));
        return known;
    }

    @Override
    public List<Node> everyActivity(long limit, long offset, long deadline) {
        List<Node> ids = new ArrayList<>();
        reads.run(queries.ordered(limit, offset), deadline, row -> ids.add(row.get(ActivityQueries.ACTIVITY)));
        return ids;
    }

    @Override
    public SelectionTally count(Selection selection, long deadline) {
        Map<Facet, Set<Node>> chosen = new LinkedHashMap<>();
        for (Facet f : facets) {
            if (!selection.of(f).isEmpty()) {
                Set<Node> activities = new HashSet<>();
                reads.run(queries.chosen(f, selection.of(f)), deadline, row -> activities.add(row.get(ActivityQueries.ACTIVITY)));
                chosen.put(f, activities);
            }
        }
        Set<Node> all = intersection(chosen, null);
        Map<Facet, Map<String, Long>> values = new LinkedHashMap<>();
        for (Facet f : facets)
            values.put(f, counts(f, intersection(chosen, f), deadline));
        if (all == null) {
            // The summary's kept number first, as for the facets' counts over every activity; else counted.
            long[] total = {-1};
            reads.run(queries.keptCount(), deadline, row -> total[0] = StoreReads.number(row.get("total")));
            if (total[0] < 0)
                reads.run(queries.count(), deadline, row -> total[0] = StoreReads.number(row.get("total")));
            return new SelectionTally(Math.max(0, total[0]), values, null);
        }
        List<Node> ids = new ArrayList<>(all);
        ids.sort(Comparator.comparing(Node::getURI));
        return new SelectionTally(ids.size(), values, List.copyOf(ids));
    }

    /** The activities every chosen facet but {@code except} selects; null when none narrows them. */
    private static Set<Node> intersection(Map<Facet, Set<Node>> chosen, Facet except) {
        Set<Node> all = null;
        for (Map.Entry<Facet, Set<Node>> e : chosen.entrySet()) {
            if (e.getKey().equals(except))
                continue;
            if (all == null) {
                all = new HashSet<>(e.getValue());
            } else {
                all.retainAll(e.getValue());
            }
        }
        return all;
    }

    private Map<String, Long> counts(Facet facet, Set<Node> among, long deadline) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Consumer<Binding> add = row -> {
            Node v = row.get(ActivityQueries.VALUE);
            if (v != null && v.isURI())
                counts.put(v.getURI(), StoreReads.number(row.get("count")));
        };
        // Over every activity, the summary graph's counts, kept by each load as it writes the
        // pages (counting them here took 25 s and more at 10^5 activities); a store without a
        // summary gives none, and is counted.
        if (among == null && facet.kept() != null)
            reads.run(queries.kept(facet), deadline, add);
        // Among none: nothing to count (and VALUES with no row would match nothing anyway).
        if (counts.isEmpty() && (among == null || !among.isEmpty()))
            reads.run(queries.facetCounts(facet, among), deadline, add);
        return counts;
    }
}
