package org.evaw.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Counts a selection of activities from their facets documents with Lucene's {@link DrillSideways}:
 * several values of one facet select the activities with any of them, several facets those with
 * all; each facet's values are counted among the activities the other facets' choices select, so
 * that a facet still offers its other values. These are the semantics of the SPARQL counts the
 * server falls back on, made in one pass over doc values instead of a grouped query per facet.
 */
final class FacetedBrowse {
    private FacetedBrowse() {}

    /**
     * The counts of the selection {@code chosen} (facet key to the IRIs chosen; absent or empty:
     * not narrowed). {@code state} is null when the index holds no facets document.
     */
    static FacetCounts count(IndexSearcher searcher, SortedSetDocValuesReaderState state, Map<String, List<String>> chosen)
            throws IOException {
        Map<String, Map<String, Long>> values = new LinkedHashMap<>();
        ActivityFacets.KEYS.forEach(key -> values.put(key, new LinkedHashMap<>()));
        if (state == null)
            return new FacetCounts(0, values, List.of());
        FacetsConfig config = ActivityFacets.facetsConfig();
        DrillDownQuery query = new DrillDownQuery(config, new TermQuery(new Term(Fields.KIND, Fields.FACETS)));
        chosen.forEach((key, iris) -> iris.forEach(iri -> query.add(key, iri)));
        // Unnarrowed, the selection is every activity: counted, its IRIs left to page() a page at a time.
        DrillSideways.ConcurrentDrillSidewaysResult<ActivityIriCollector.Collected> result = new DrillSideways(searcher, config, state)
                .search(query, ActivityIriCollector.manager(!chosen.isEmpty()));
        for (String key : ActivityFacets.KEYS) {
            // A facet no activity has a value of is not a dimension of the index at all.
            if (state.getOrdRange(key) == null)
                continue;
            FacetResult counted = result.facets.getAllChildren(key);
            if (counted == null)
                continue;
            for (LabelAndValue lv : counted.labelValues) {
                if (lv.value.longValue() > 0)
                    values.get(key).put(lv.label, lv.value.longValue());
            }
        }
        List<String> activities = new ArrayList<>(result.collectorResult.iris());
        // Java's order of strings, as the store's IRIs are sorted where SPARQL selects them.
        activities.sort(null);
        return new FacetCounts(result.collectorResult.total(), values, activities);
    }

    /**
     * The IRIs of every activity from {@code offset}, at most {@code limit}, in IRI order: Lucene's top documents sorted
     * by the facets documents' activity doc values (UTF-8 byte order, the same as Java's for the ASCII IRIs the project
     * mints), so that a page of all activities costs one pass over the doc values, not a sort of every IRI.
     */
    static List<String> page(IndexSearcher searcher, int offset, int limit) throws IOException {
        int wanted = offset + limit;
        if (limit <= 0 || wanted <= 0)
            return List.of();
        Sort byIri = new Sort(new SortField(Fields.FACET_ACTIVITY, SortField.Type.STRING));
        TopFieldDocs top = searcher.search(new TermQuery(new Term(Fields.KIND, Fields.FACETS)), wanted, byIri);
        List<String> iris = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length; i++)
            iris.add(((BytesRef) ((FieldDoc) top.scoreDocs[i]).fields[0]).utf8ToString());
        return iris;
    }

    /** Which of {@code iris} some activity has as a value of facet {@code key}. */
    static Set<String> known(IndexSearcher searcher, String key, Collection<String> iris) throws IOException {
        String field = ActivityFacets.facetsConfig().getDimConfig(key).indexFieldName;
        Set<String> known = new LinkedHashSet<>();
        for (String iri : iris) {
            if (searcher.count(new TermQuery(DrillDownQuery.term(field, key, iri))) > 0)
                known.add(iri);
        }
        return known;
    }
}
