package org.evaw.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Full-text search of the source passages, in Lucene's classic query syntax (words all required,
 * {@code "a phrase"}, {@code OR}, {@code -word}, {@code word*}, {@code word~}), with snippets of each
 * passage where its matched words are marked; when the words as written match nothing, each is
 * matched within one or two edits (typos). Entities whose names match are listed beside.
 */
final class PassageSearcher {
    /** The {@code type} that asks for passages only; an {@link EntityType} key asks for entities of that kind only. */
    static final String PASSAGES = "passage";
    private static final int SNIPPETS = 2;
    /** Entities listed above the passages when both are asked for: enough to pick one, few enough to reach the passages. */
    private static final int ENTITIES_BESIDE_PASSAGES = 8;
    private static final Analyzer ANALYZER = Analysis.analyzer();

    private PassageSearcher() {}

    static SearchResults search(IndexSearcher searcher, String text, Optional<String> type, int limit) throws IOException {
        EntitySuggester.checkLength(text);
        Optional<EntityType> entityType = type.filter(t -> !t.equals(PASSAGES)).map(t -> EntityType.ofKey(t)
                .orElseThrow(() -> new BadQueryException("unknown type " + t + ": one of " + PASSAGES + ", " + typeKeys())));
        int wanted = Math.clamp(limit, 1, EntitySuggester.MAX_RESULTS);
        List<Suggestion> entities = type.filter(PASSAGES::equals).isPresent() ? List.of()
                : EntitySuggester.suggest(searcher, text, entityType, entityType.isPresent() ? wanted : Math.min(wanted, ENTITIES_BESIDE_PASSAGES));
        if (entityType.isPresent())
            return new SearchResults(text, entities, List.of(), 0);
        Query query = parse(text);
        TopDocs top = searcher.search(passagesOnly(query), wanted);
        if (top.totalHits.value() == 0) {
            Optional<Query> near = nearly(text);
            if (near.isPresent()) {
                query = near.get();
                top = searcher.search(passagesOnly(query), wanted);
            }
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, ANALYZER)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .build();
        String[] snippets = highlighter.highlight(Fields.TEXT, query, top, SNIPPETS);
        StoredFields stored = searcher.storedFields();
        List<PassageHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++)
            hits.add(hit(stored.document(top.scoreDocs[i].doc), snippets[i]));
        return new SearchResults(text, entities, hits, top.totalHits.value());
    }

    private static Query parse(String text) {
        QueryParser parser = new QueryParser(Fields.TEXT, ANALYZER);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new BadQueryException("the query is not in Lucene's query syntax: " + firstLine(e.getMessage())
                    + " (put a phrase in quotes, or a special character such as : ( ) [ ] { } ^ ~ * ? after a \\)");
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("the query asks for too many words at once: " + e.getMessage());
        }
    }

    /** Every word of the text within one or two edits, all required; none when the text has no word long enough. */
    private static Optional<Query> nearly(String text) throws IOException {
        List<String> words = EntitySuggester.words(text.replaceAll("[^\\p{L}\\p{N}\\s]", " "));
        if (words.isEmpty() || words.stream().allMatch(w -> w.length() < 4))
            return Optional.empty();
        BooleanQuery.Builder near = new BooleanQuery.Builder();
        for (String word : words)
            near.add(new FuzzyQuery(new Term(Fields.TEXT, word), word.length() >= 7 ? 2 : word.length() >= 4 ? 1 : 0, 1),
                    Occur.MUST);
        return Optional.of(near.build());
    }

    private static Query passagesOnly(Query query) {
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, Fields.PASSAGE)), Occur.FILTER).build();
    }

    private static PassageHit hit(Document doc, String snippet) {
        String text = doc.get(Fields.TEXT);
        String shown = snippet != null ? snippet : escape(text.length() > 300 ? text.substring(0, 300) + "…" : text);
        return new PassageHit(doc.get(Fields.IRI), shown, doc.get(Fields.DOCUMENT), doc.get(Fields.DOCUMENT_TITLE),
                doc.get(Fields.SECTION), links(doc.getValues(Fields.ACTIVITY), doc.getValues(Fields.ACTIVITY_LABEL), null),
                links(doc.getValues(Fields.MENTIONS), doc.getValues(Fields.MENTION_LABEL), doc.getValues(Fields.MENTION_TYPE)));
    }

    private static List<Link> links(String[] iris, String[] labels, String[] types) {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < iris.length; i++)
            links.add(new Link(iris[i], i < labels.length ? labels[i] : iris[i],
                    types != null && i < types.length && !types[i].isEmpty() ? types[i] : null));
        return links;
    }

    private static String typeKeys() {
        return String.join(", ", java.util.Arrays.stream(EntityType.values()).map(EntityType::key).toList());
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
