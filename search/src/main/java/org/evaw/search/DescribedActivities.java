package org.evaw.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The activities whose descriptions hold every trigram of a text ({@link DescriptionGrams}): all
 * whose description contains the text, and perhaps a few more.
 */
final class DescribedActivities {
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
        String key = lowerCased ? DescriptionGrams.sigma(text) : DescriptionGrams.folded(text);
        Query query = query(DescriptionGrams.asked(key));
        if (searcher.count(query) > most)
            return Optional.empty();
        return Optional.of(searcher.search(query, ActivityIriCollector.manager(true)).iris());
    }

    private static Query query(Set<String> grams) {
        BooleanQuery.Builder all = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.FACETS)), BooleanClause.Occur.FILTER);
        for (String gram : grams)
            all.add(new TermQuery(new Term(Fields.DESCRIPTION_GRAM, gram)), BooleanClause.Occur.FILTER);
        return new ConstantScoreQuery(all.build());
    }
}
