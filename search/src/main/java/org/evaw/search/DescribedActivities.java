package org.evaw.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The activities whose descriptions hold every trigram of a text ({@link DescriptionGrams}): all
 * whose description contains the text, and perhaps a few more.
 */
public final class DescribedActivities {
    private DescribedActivities() {}

    /**
     * The activities that may be described with {@code text}; empty when the text cannot be looked
     * up ({@link DescriptionGrams#askable}) or more than {@code most} activities hold its trigrams
     * (a lookup that selects so many saves the query nothing).
     *
     * @param lowerCased whether the description is lower-cased before it is compared ({@code LCASE}),
     *                   so that the text is compared as written; otherwise it is lower-cased too
     */
    static Optional<List<String>> find(IndexSearcher searcher, String text, boolean lowerCased, int most) throws IOException {
        if (!DescriptionGrams.askable(text))
            return Optional.empty();
        Query query = query(text, lowerCased);
        if (searcher.count(query) > most)
            return Optional.empty();
        return Optional.of(searcher.search(query, ActivityIriCollector.manager(true)).iris());
    }

    /**
     * The first activities a page-ordered lookup found, each with its least page identifier (null for none), and the
     * number of activities found in all.
     */
    public record InPageOrder(List<String> activities, List<String> documents, int total) {}

    /**
     * The first {@code first} activities that may be described with {@code text}, in page order; empty as {@link #find}
     * is, or when one of all those found has a page identifier no key orders ({@link Fields#ORDER_UNKNOWN}).
     */
    static Optional<InPageOrder> inPageOrder(IndexSearcher searcher, String text, boolean lowerCased, int first) throws IOException {
        if (!DescriptionGrams.askable(text) || first < 1)
            return Optional.empty();
        Query query = query(text, lowerCased);
        Query unknown = new BooleanQuery.Builder().add(query, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ORDER_UNKNOWN, "true")), BooleanClause.Occur.FILTER).build();
        if (searcher.count(unknown) > 0)
            return Optional.empty();
        SortField document = new SortField(Fields.ORDER_DOCUMENT, SortField.Type.STRING);
        document.setMissingValue(SortField.STRING_LAST);
        Sort order = new Sort(document, new SortField(Fields.ORDER_ACTIVITY, SortField.Type.STRING));
        TopFieldDocs top = searcher.search(query, first, order);
        List<String> activities = new ArrayList<>(top.scoreDocs.length);
        List<String> documents = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            Object[] keys = ((FieldDoc) hit).fields;
            documents.add(keys[0] == null ? null : PageOrder.text((BytesRef) keys[0]));
            activities.add(PageOrder.text((BytesRef) keys[1]));
        }
        return Optional.of(new InPageOrder(activities, documents, searcher.count(query)));
    }

    /** The facets documents holding every trigram of {@code text}, compared as {@link #find} says. */
    private static Query query(String text, boolean lowerCased) {
        Set<String> grams = DescriptionGrams.asked(lowerCased ? DescriptionGrams.sigma(text) : DescriptionGrams.folded(text));
        BooleanQuery.Builder all = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.FACETS)), BooleanClause.Occur.FILTER);
        for (String gram : grams)
            all.add(new TermQuery(new Term(Fields.DESCRIPTION_GRAM, gram)), BooleanClause.Occur.FILTER);
        return new ConstantScoreQuery(all.build());
    }
}
