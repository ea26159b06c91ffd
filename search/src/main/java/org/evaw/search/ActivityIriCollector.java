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
    private SortedDocValues values;

    /** One collector per slice of the index, their IRIs put together. */
    static CollectorManager<ActivityIriCollector, List<String>> manager() {
        return new CollectorManager<>() {
            @Override
            public ActivityIriCollector newCollector() {
                return new ActivityIriCollector();
            }

            @Override
            public List<String> reduce(Collection<ActivityIriCollector> collectors) {
                List<String> all = new ArrayList<>();
                collectors.forEach(c -> all.addAll(c.iris));
                return all;
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        values = DocValues.getSorted(context.reader(), Fields.FACET_ACTIVITY);
    }

    @Override
    public void collect(int doc) throws IOException {
        if (values.advanceExact(doc))
            iris.add(values.lookupOrd(values.ordValue()).utf8ToString());
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
