package org.evaw.server.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.evaw.queries.Catalogue;
import org.evaw.search.SearchIndex;
import org.evaw.server.CorpusStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code CONTAINS} over the activities' descriptions, started from the search index, answers
 * exactly what the plain query answers, on the bundled corpus in a TDB2 store as the server serves it.
 */
class DescriptionContainsTest {
    private static final String PREFIXES = "PREFIX evaw: <https://w3id.org/evaw-kg/ontology#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    @TempDir
    static Path dir;
    private static DatasetGraph store;
    private static SearchIndex index;

    @BeforeAll
    static void serve() {
        store = CorpusStore.create(dir.resolve("tdb2"));
        index = SearchIndex.open(store);
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        PublicQueryRewrite.applyTo(store.getContext(), PublicQueryRewrite.DEFAULT_CONCAT_CHARS, Optional.of(index));
    }

    @AfterAll
    static void close() {
        index.close();
        TDBInternal.expel(store, true);
    }

    private static List<Binding> rows(Query query, boolean rewritten) {
        return QueryRows.of(store, query, rewritten);
    }

    private static boolean startsFromTheIndex(Query query) {
        return Algebra.optimize(Algebra.compile(query), store.getContext()).toString().contains("(table");
    }

    private static Query searchActivities(String text) {
        return Catalogue.bundled().get("search-activities").orElseThrow().bind(Map.of("text", text));
    }

    private static List<String> descriptions() {
        Query all = QueryFactory.create(PREFIXES + "SELECT ?d { ?a a evaw:Activity ; dcterms:description ?d } ORDER BY ?d");
        return rows(all, false).stream().map(b -> b.get("d").getLiteralLexicalForm()).toList();
    }

    @Test
    void theSavedSearchAnswersAsThePlainQueryForPiecesOfRealDescriptions() {
        List<String> descriptions = descriptions();
        assertTrue(descriptions.size() > 20, "the corpus has activities: " + descriptions.size());
        Random random = new Random(36);
        int rewritten = 0;
        int found = 0;
        for (int i = 0; i < 60; i++) {
            String d = descriptions.get(random.nextInt(descriptions.size()));
            int from = random.nextInt(d.length());
            String text = d.substring(from, Math.min(d.length(), from + 1 + random.nextInt(24)));
            if (random.nextBoolean())
                text = text.toUpperCase(Locale.ROOT);
            Query query = searchActivities(text);
            List<Binding> expected = rows(query, false);
            assertEquals(expected, rows(query, true), "search-activities for '" + text + "'");
            if (startsFromTheIndex(query))
                rewritten++;
            if (!expected.isEmpty())
                found++;
        }
        assertTrue(rewritten > 40, "most texts are looked up in the index: " + rewritten);
        assertTrue(found > 40, "most texts find their activity: " + found);
    }

    @Test
    void fixedTextsAnswerAsThePlainQuery() {
        for (String text : List.of("police", "VIOLENCE", "Violence", "zqzqzq", "of", "", "\"", "'s ", "Σ", "survivors of violence"))
            assertEquals(rows(searchActivities(text), false), rows(searchActivities(text), true), "'" + text + "'");
        assertTrue(startsFromTheIndex(searchActivities("police")));
        assertFalse(startsFromTheIndex(searchActivities("of")), "two characters are not looked up");
    }

    /** The rows of the candidates' table a query is joined to once optimised (0 if none). */
    private static int candidateRows(Query query) {
        // Planned as a query is, inside its read transaction: the first candidates are checked against the store.
        String op = Txn.calculateRead(store, () -> Algebra.optimize(Algebra.compile(query), store.getContext()).toString());
        return op.split("\\(row ", -1).length - 1;
    }

    private static Query page(Query query, long offset, long limit) {
        Query paged = query.cloneQuery();
        paged.setOffset(offset);
        paged.setLimit(limit);
        return paged;
    }

    /**
     * A page of the saved search, as the server asks for it (an OFFSET and a LIMIT over its ORDER BY), answers as the
     * plain query does, read from the first candidates in page order: for common texts fewer than all of them.
     */
    @Test
    void pagesOfTheSavedSearchAnswerAsThePlainQuery() {
        List<String> descriptions = descriptions();
        Random random = new Random(37);
        List<String> texts = new ArrayList<>(List.of("police", "violence", "WOMEN", "the ", "tion", "zqzqzq", "survivors"));
        for (int i = 0; i < 20; i++) {
            String d = descriptions.get(random.nextInt(descriptions.size()));
            int from = random.nextInt(d.length());
            texts.add(d.substring(from, Math.min(d.length(), from + 3 + random.nextInt(12))));
        }
        long[][] pages = {{0, 1}, {0, 5}, {3, 5}, {0, 101}, {17, 4}, {100, 101}};
        int fewer = 0;
        for (String text : texts) {
            Query query = searchActivities(text);
            for (long[] p : pages) {
                Query paged = page(query, p[0], p[1]);
                assertEquals(rows(paged, false), rows(paged, true), "'" + text + "' offset " + p[0] + " limit " + p[1]);
                int all = index.activitiesDescribedWith(text, true, Integer.MAX_VALUE).map(List::size).orElse(0);
                int read = candidateRows(paged);
                if (read > 0 && read < all)
                    fewer++;
            }
        }
        assertTrue(fewer > 20, "common texts start from fewer candidates than match: " + fewer);
        int all = index.activitiesDescribedWith("violence", true, Integer.MAX_VALUE).orElseThrow().size();
        assertTrue(candidateRows(page(searchActivities("violence"), 0, 5)) < all, "the first five of " + all);
    }

    /** A page asked in another order, or with another filter beside the text's, is read from every candidate. */
    @Test
    void otherOrdersAreReadFromEveryCandidate() {
        String body = "SELECT ?activity ?document { ?activity a evaw:Activity ; dcterms:description ?description ; "
                + "<http://www.w3.org/ns/prov#wasDerivedFrom>/<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext>"
                + "/dcterms:identifier ?document FILTER(CONTAINS(LCASE(STR(?description)), \"violence\"))%s } ORDER BY %s LIMIT 5";
        int all = index.activitiesDescribedWith("violence", true, Integer.MAX_VALUE).orElseThrow().size();
        for (String[] variant : new String[][] {{"", "DESC(?document) ?activity"}, {"", "?activity ?document"},
                {" FILTER(STRLEN(?description) > 400)", "?document ?activity"}}) {
            Query query = QueryFactory.create(PREFIXES + String.format(body, variant[0], variant[1]));
            assertEquals(rows(query, false), rows(query, true), query.toString());
            assertEquals(all, candidateRows(query), "every candidate: " + variant[1] + variant[0]);
        }
        Query inPageOrder = QueryFactory.create(PREFIXES + String.format(body, "", "?document ?activity"));
        assertEquals(rows(inPageOrder, false), rows(inPageOrder, true));
        assertTrue(candidateRows(inPageOrder) < all, "in page order, the first candidates only");
    }

    /**
     * Cases a review found: a LIMIT of Long.MAX_VALUE after an OFFSET (no sum of the two may overflow; ARQ itself then
     * answers nothing, and the rewrite must answer the same), a constant page in the path (read from every candidate,
     * never an error), and a dataset a query's FROM or a request's default-graph-uri makes of one graph (the index knows
     * the union's order, not that graph's: read from every candidate; this part fails without the check).
     */
    @Test
    void hugeLimitsConstantsAndDatasetsOfSomeGraphsAnswerAsThePlainQuery() {
        Query huge = page(searchActivities("police"), 2, Long.MAX_VALUE);
        assertEquals(rows(huge, false), rows(huge, true));
        String path = "<http://www.w3.org/ns/prov#wasDerivedFrom>/<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext>"
                + "/dcterms:identifier";
        String document = rows(page(searchActivities("police"), 0, 1), false).get(0).get("document").getLiteralLexicalForm();
        for (String query : List.of(
                "SELECT ?d { ?a a evaw:Activity ; dcterms:description ?d ; " + path + " \"" + document + "\" "
                        + "FILTER(CONTAINS(LCASE(STR(?d)), \"police\")) } ORDER BY ?d ?a LIMIT 3",
                "SELECT ?x ?d { ?a a evaw:Activity ; dcterms:description ?d ; " + path + " ?x "
                        + "FILTER(CONTAINS(LCASE(STR(?d)), \"police\")) } ORDER BY ?x ?a LIMIT 3")) {
            Query q = QueryFactory.create(PREFIXES + query);
            assertEquals(rows(q, false), rows(q, true), query);
        }
        // The page graph of the last activity holding "violence" in page order as the default graph, as FROM or
        // default-graph-uri make it (Fuseki's dynamic dataset): the first candidates of the union are not in it.
        List<Binding> all = rows(searchActivities("violence"), false);
        Node last = all.get(all.size() - 1).get("activity");
        Node graph = Txn.calculateRead(store, () -> store.find(Node.ANY, last, org.apache.jena.vocabulary.RDF.type.asNode(),
                org.evaw.ontology.EVAW.Activity.asNode()).next().getGraph());
        Query paged = page(searchActivities("violence"), 0, 3);
        java.util.function.UnaryOperator<DatasetGraph> one = whole ->
                org.apache.jena.sparql.core.DynamicDatasets.dynamicDataset(List.of(graph), List.of(), whole, false);
        List<Binding> plain = QueryRows.of(store, one, paged, false);
        List<Binding> rewritten = QueryRows.of(store, one, paged, true);
        assertEquals(plain, rewritten, "one graph as the default graph");
        assertFalse(plain.isEmpty(), "the graph's own activities hold the text");
        // The same as a query's own FROM, run on the store.
        Query from = paged.cloneQuery();
        from.addGraphURI(graph.getURI());
        assertEquals(rows(from, false), rows(from, true), "FROM one graph");
        assertFalse(rows(from, false).isEmpty());
    }

    /** Each row and how many times it comes, whatever the order. */
    private static Map<Binding, Long> counted(List<Binding> rows) {
        return rows.stream().collect(java.util.stream.Collectors.groupingBy(b -> b, java.util.stream.Collectors.counting()));
    }

    private static void assertSameRows(String text) {
        Query query = QueryFactory.create(PREFIXES + text);
        assertEquals(counted(rows(query, false)), counted(rows(query, true)), text);
    }

    @Test
    void otherShapesOfTheFilterAnswerAsThePlainQuery() {
        List<String> queries = List.of(
                "SELECT ?a ?d { ?a a evaw:Activity ; dcterms:description ?d FILTER(CONTAINS(?d, \"Police\")) }",
                "SELECT ?a { ?a dcterms:description ?d ; a evaw:Activity FILTER(CONTAINS(LCASE(?d), \"police\") && STRLEN(?d) > 10) }",
                "SELECT ?a ?l { ?a a evaw:Activity ; dcterms:description ?d OPTIONAL { ?a rdfs:label ?l } FILTER(CONTAINS(STR(?d), \"training\")) }",
                "SELECT (COUNT(*) AS ?n) { { ?a a evaw:Activity ; dcterms:description ?d } UNION { ?a dcterms:description ?d } FILTER(CONTAINS(LCASE(STR(?d)), \"women\")) }",
                "SELECT ?a { ?a a evaw:Activity . { ?a dcterms:description ?d } FILTER(CONTAINS(LCASE(?d), \"women\")) }");
        queries.forEach(DescriptionContainsTest::assertSameRows);
        assertTrue(startsFromTheIndex(QueryFactory.create(PREFIXES + queries.get(0))));
        assertTrue(startsFromTheIndex(QueryFactory.create(PREFIXES + queries.get(2))), "through an OPTIONAL's left side");
        assertFalse(startsFromTheIndex(QueryFactory.create(PREFIXES + queries.get(3))), "not inside a UNION");
    }

    /**
     * Where the pattern sits: in a named graph, under EXISTS, in a sub-SELECT, beside a BIND, on a join's right side,
     * twice in one query; a text in another language or no text at all. Each answers as the plain query does.
     */
    @Test
    void patternsInEveryPlaceAnswerAsThePlainQuery() {
        String activity = "?a a evaw:Activity ; dcterms:description ?d ";
        List<String> queries = List.of(
                "SELECT ?g ?a { GRAPH ?g { " + activity + " FILTER(CONTAINS(LCASE(?d), \"police\")) } }",
                "SELECT ?a { ?a a evaw:Activity FILTER EXISTS { " + activity + " FILTER(CONTAINS(LCASE(?d), \"police\")) } }",
                "SELECT ?a { ?a a evaw:Activity FILTER NOT EXISTS { " + activity + " FILTER(CONTAINS(LCASE(?d), \"police\")) } }",
                "SELECT ?a ?n { { SELECT ?a { " + activity + " FILTER(CONTAINS(LCASE(?d), \"women\")) } } BIND(STRLEN(STR(?a)) AS ?n) }",
                "SELECT ?a ?l { " + activity + " BIND(STRLEN(?d) AS ?n) FILTER(?n > 5 && CONTAINS(LCASE(STR(?d)), \"violence\")) ?a rdfs:label ?l }",
                "SELECT ?l ?a { ?x rdfs:label ?l . FILTER(STRSTARTS(?l, \"Ab\")) { " + activity + " } FILTER(CONTAINS(LCASE(?d), \"train\")) }",
                "SELECT ?a ?b { " + activity + " . ?b a evaw:Activity ; dcterms:description ?e "
                        + "FILTER(CONTAINS(LCASE(?d), \"police\") && CONTAINS(LCASE(?e), \"police\") && ?a != ?b) } LIMIT 500",
                "SELECT ?x ?a { ?x a evaw:Agency OPTIONAL { { " + activity + " ; evaw:leadAgency ?x FILTER(CONTAINS(LCASE(?d), \"police\")) } } }",
                "SELECT ?a { ?a a evaw:Activity MINUS { " + activity + " FILTER(CONTAINS(LCASE(?d), \"police\")) } }",
                "SELECT ?a { " + activity + " FILTER(CONTAINS(?d, \"police\"@fr)) }",
                "SELECT ?a { " + activity + " FILTER(CONTAINS(LCASE(?d), LCASE(123))) }",
                "SELECT ?a { " + activity + " FILTER(CONTAINS(STR(?d), STR(<http://example.org/police>))) }");
        queries.forEach(DescriptionContainsTest::assertSameRows);
        assertTrue(startsFromTheIndex(QueryFactory.create(PREFIXES + queries.get(0))), "inside GRAPH");
        assertTrue(startsFromTheIndex(QueryFactory.create(PREFIXES + queries.get(3))), "inside a sub-SELECT");
    }

    /**
     * Not rewritten: a SERVICE's pattern (the candidates are this store's, not the other's) and a query with LATERAL
     * (ARQ puts the left side's values into the right side); nor in a JVM whose LCASE is not Locale.ROOT's.
     */
    @Test
    void serviceLateralAndAnotherLocaleAreLeftAsWritten() {
        String filtered = "{ ?a a evaw:Activity ; dcterms:description ?d FILTER(CONTAINS(LCASE(?d), \"police\")) }";
        assertFalse(startsFromTheIndex(QueryFactory.create(PREFIXES + "SELECT ?a { SERVICE <http://127.0.0.1:9/sparql> " + filtered + " }")));
        Query lateral = QueryFactory.create(PREFIXES + "SELECT ?a ?d { ?a a evaw:Activity LATERAL " + filtered + " }");
        assertFalse(startsFromTheIndex(lateral));
        assertEquals(counted(rows(lateral, false)), counted(rows(lateral, true)));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertFalse(startsFromTheIndex(searchActivities("police")), "LCASE lower-cases I as ı here");
        } finally {
            Locale.setDefault(before);
        }
        assertTrue(startsFromTheIndex(searchActivities("police")));
    }

    @Test
    void aClosedIndexLeavesTheQueryAsWritten() {
        SearchIndex closed = SearchIndex.open(store);
        closed.close();
        Op op = Algebra.compile(searchActivities("police"));
        assertEquals(op, DescriptionContains.rewrite(op, closed, store.getContext()));
    }

    /** A command installs the rewrite in the context Jena shares among every user of the store, and puts back what was there. */
    @Test
    void anInstalledRewriteIsTakenOutWhenClosed() {
        org.apache.jena.sparql.util.Context context = new org.apache.jena.sparql.util.Context();
        try (DescriptionContains.Installed installed = DescriptionContains.install(context, index)) {
            assertTrue(context.isDefined(ARQConstants.sysOptimizerFactory));
        }
        assertFalse(context.isDefined(ARQConstants.sysOptimizerFactory));
        assertFalse(context.isDefined(org.apache.jena.query.ARQ.optimization));
    }

    /** Lookups run while a query is planned, outside its timeout: a query of many texts has only the first few looked up. */
    @Test
    void aQueryOfManyTextsHasOnlyTheFirstFewLookedUp() {
        StringBuilder union = new StringBuilder("SELECT ?a {");
        for (int i = 0; i < 3 * DescriptionContains.MOST_LOOKUPS; i++)
            union.append(i == 0 ? "" : " UNION ").append("{ ?a a evaw:Activity ; dcterms:description ?d FILTER(CONTAINS(?d, \"text")
                    .append(i).append("\")) }");
        Query query = QueryFactory.create(PREFIXES + union.append(" }"));
        String plan = Algebra.optimize(Algebra.compile(query), store.getContext()).toString();
        assertEquals(DescriptionContains.MOST_LOOKUPS, plan.split("\\(table", -1).length - 1, plan);
        assertEquals(rows(query, false), rows(query, true));
    }

    @Test
    void aStoreChangedBehindTheIndexIsReadPlainly() {
        Query query = searchActivities("zebra crossing");
        assertTrue(startsFromTheIndex(query));
        assertTrue(rows(query, true).isEmpty());
        Node activity = rows(searchActivities("police"), false).get(0).get("activity");
        Node notes = NodeFactory.createURI("http://localhost:3030/graph/notes");
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(activity, DCTerms.description.asNode(), NodeFactory.createLiteralString("A zebra crossing was painted."));
        CorpusStore.replace(store, notes, graph);
        try {
            assertFalse(startsFromTheIndex(query), "the index no longer vouches for the store");
            assertEquals(rows(query, false), rows(query, true));
            assertFalse(rows(query, true).isEmpty(), "the new description is found");
        } finally {
            Txn.executeWrite(store, () -> store.removeGraph(notes));
            assertTrue(index.ensureCurrent(), "rebuilt for the other tests");
        }
    }
}
