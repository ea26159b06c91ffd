package org.evaw.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Entities for what is being typed. Each clause scores a fixed amount, so the order is plain:
 * a whole name equal to the text (8), a whole name beginning with it (4), its words as words of a
 * name, the last one begun (2), its words within one or two edits of a name's words (1: typos);
 * equal scores go to the entity more activities link to, then to the shorter name.
 */
final class EntitySuggester {
    static final int MAX_CHARS = 200;
    static final int MAX_RESULTS = 50;
    private static final Analyzer ANALYZER = Analysis.analyzer();

    private EntitySuggester() {}

    static List<Suggestion> suggest(IndexSearcher searcher, String text, Optional<EntityType> type, int limit)
            throws IOException {
        checkLength(text);
        String key = Analysis.key(text);
        List<String> words = words(text);
        if (key.isEmpty() || words.isEmpty())
            return List.of();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(scored(new TermQuery(new Term(Fields.KEY, key)), 8), Occur.SHOULD);
        any.add(scored(new PrefixQuery(new Term(Fields.KEY, key)), 4), Occur.SHOULD);
        BooleanQuery.Builder begun = new BooleanQuery.Builder();
        BooleanQuery.Builder near = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Term term = new Term(Fields.NAME, words.get(i));
            begun.add(i == words.size() - 1 ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
            int edits = words.get(i).length() >= 7 ? 2 : words.get(i).length() >= 4 ? 1 : 0;
            near.add(new FuzzyQuery(term, edits, 1), Occur.MUST);
        }
        any.add(scored(begun.build(), 2), Occur.SHOULD);
        any.add(scored(near.build(), 1), Occur.SHOULD);
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(any.build(), Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, Fields.ENTITY)), Occur.FILTER);
        type.ifPresent(t -> query.add(new TermQuery(new Term(Fields.TYPE, t.key())), Occur.FILTER));
        int wanted = Math.clamp(limit, 1, MAX_RESULTS);
        ScoreDoc[] hits = searcher.search(query.build(), wanted * 5 + 20).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<Candidate> candidates = new ArrayList<>();
        for (ScoreDoc hit : hits)
            candidates.add(Candidate.of(stored.document(hit.doc), hit.score, key));
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Comparator.comparingLong(Candidate::weight).reversed())
                .thenComparingInt(c -> c.suggestion().label().length()));
        Map<String, Suggestion> unique = new LinkedHashMap<>();
        for (Candidate c : candidates)
            if (unique.size() < wanted)
                unique.putIfAbsent(c.suggestion().iri(), c.suggestion());
        return List.copyOf(unique.values());
    }

    static void checkLength(String text) {
        if (text == null || text.isBlank())
            throw new BadQueryException("the query is empty: type a word or a name");
        if (text.length() > MAX_CHARS)
            throw new BadQueryException("the query is " + text.length() + " characters long; at most " + MAX_CHARS + " are searched");
    }

    /** The words of {@code text} as the index holds them. */
    static List<String> words(String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(Fields.NAME, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken())
                words.add(term.toString());
            stream.end();
        }
        return words;
    }

    private static Query scored(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }

    /** A hit with what orders it: its score and its weight. */
    private record Candidate(Suggestion suggestion, float score, long weight) {
        static Candidate of(Document doc, float score, String key) {
            String display = doc.get(Fields.LABEL);
            String matched = display;
            for (String stored : doc.getValues(Fields.NAMES)) {
                String name = stored.substring(stored.indexOf('|') + 1);
                if (Analysis.key(name).startsWith(key)) {
                    matched = name;
                    break;
                }
            }
            String label = Analysis.key(matched).equals(Analysis.key(display)) ? display : matched + " (" + display + ")";
            long weight = doc.getField(Fields.WEIGHT).numericValue().longValue();
            return new Candidate(new Suggestion(label, doc.get(Fields.IRI), doc.get(Fields.TYPE)), score, weight);
        }
    }
}
