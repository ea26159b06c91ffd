package org.evaw.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects the activity IRIs of the facets documents that match, from their doc values (reading
 * stored fields for every activity of a wide selection would cost more than the counts).
 */
final class ActivityIriCollector extends SimpleCollector {
    private final List<String> iris = new ArrayList<>();
    private final boolean keepIris;
    private long matched;
    private SortedDocValues values;

    private ActivityIriCollector(boolean keepIris) {
        this.keepIris = keepIris;
    }

    /** What the collectors found together: how many activities matched and, when kept, their IRIs. */
    record Collected(long total, List<String> iris) {}

    /**
     * One collector per slice of the index, their IRIs put together; with {@code keepIris} false they only count (every
     * activity of an unnarrowed selection, whose IRIs the page reads in order from the index instead).
     */
    static CollectorManager<ActivityIriCollector, Collected> manager(boolean keepIris) {
        return new CollectorManager<>() {
            @Override
            public ActivityIriCollector newCollector() {
                return new ActivityIriCollector(keepIris);
            }

            @Override
            public Collected reduce(Collection<ActivityIriCollector> collectors) {
                List<String> all = new ArrayList<>();
                long total = 0;
                for (ActivityIriCollector c : collectors) {
                    all.addAll(c.iris);
                    total += c.matched;
                }
                return new Collected(total, all);
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        values = DocValues.getSorted(context.reader(), Fields.FACET_ACTIVITY);
    }

    @Override
    public void collect(int doc) throws IOException {
        matched++;
        if (keepIris && values.advanceExact(doc))
            iris.add(values.lookupOrd(values.ordValue()).utf8ToString());
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
