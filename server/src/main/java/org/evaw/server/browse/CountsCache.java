package org.evaw.server.browse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.evaw.server.linkeddata.CommitSignal;

/**
 * The counts of the selections asked lately (the total and each facet's values), kept until the
 * store next commits a write: the counts cost the most of a page (seven grouped counts over every
 * activity the selection holds), and the next page, the same page again, Back and the CSV of a
 * selection need them again unchanged. An entry holds the IRIs of the activities selected: 64 of
 * 10 000 each is some 60 MB at most. Least recently used first out, at most {@value #ENTRIES}.
 * A store that cannot signal its commits (not TDB2) keeps nothing.
 */
final class CountsCache {
    static final int ENTRIES = 64;

    /**
     * A selection's total and its facets' values, and, when a facet narrows it, its activities in
     * their stable order (null when it is every activity: those are paged by the store).
     */
    record Counts(long total, List<Answer.FacetValues> facets, List<org.apache.jena.graph.Node> ids) {}

    private final boolean enabled;
    private final Map<String, Counts> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Counts> eldest) {
            return size() > ENTRIES;
        }
    };
    /** Raised by each commit, so that counts made across a commit are not kept. */
    private long generation;

    CountsCache(DatasetGraph dataset) {
        this.enabled = CommitSignal.listen(dataset, this::clear);
    }

    /** The counts of {@code key}, made by {@code make} (which may throw) when not kept. */
    Counts get(String key, Supplier<Counts> make) {
        long before;
        synchronized (this) {
            Counts counts = kept.get(key);
            if (counts != null)
                return counts;
            before = generation;
        }
        Counts made = make.get();
        synchronized (this) {
            if (enabled && generation == before)
                kept.put(key, made);
        }
        return made;
    }

    private synchronized void clear() {
        generation++;
        kept.clear();
    }
}
