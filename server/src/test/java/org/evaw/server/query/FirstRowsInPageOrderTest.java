package org.evaw.server.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.evaw.queries.Catalogue;
import org.evaw.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first rows of search-activities in page order, from the first candidates only, on pages whose
 * identifiers sort awkwardly (letters beyond the BMP, which UTF-8 and UTF-16 order differently; a
 * prefix of another; an activity read from two pages; an identifier stated in another graph than
 * its activity; one that is no plain string), before and after a load replaces one graph.
 */
class FirstRowsInPageOrderTest {
    private static final String PREFIXES = """
            @prefix evaw: <https://w3id.org/evaw-kg/ontology#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix : <http://example.org/> .
            """;

    @TempDir
    Path dir;

    /** Activity {@code n} of graph {@code g}, read from page {@code page} (whose identifier another graph may state). */
    private static String activity(String name, String description, String... pages) {
        StringBuilder t = new StringBuilder(":" + name + " a evaw:Activity ; dcterms:description \"" + description + "\"@en");
        for (String page : pages)
            t.append(" ; prov:wasDerivedFrom :passage-").append(name).append('-').append(page);
        t.append(" .\n");
        for (String page : pages)
            t.append(":passage-").append(name).append('-').append(page).append(" nif:referenceContext :page-").append(page).append(" .\n");
        return t.toString();
    }

    private static String identifier(String page, String literal) {
        return ":page-" + page + " dcterms:identifier " + literal + " .\n";
    }

    /** Nine activities of which eight may hold "police"; a9's page has no identifier until g2 gives it one. */
    private static final String PAGES = """
            :g1 {
            %s%s%s%s%s%s%s%s%s
            }
            :g2 {
            %s
            }
            """.formatted(
            activity("a1", "Police training in Lima", "p1"),
            activity("a2", "police patrols", "p2"),
            activity("a3", "Training of POLICE officers", "p3"),
            activity("a4", "Workshops for the police", "p4", "p5"),
            activity("a5", "Police and prosecutors", "p6"),
            activity("a6", "Courts, not the p0lice", "p3"),
            activity("a7", "Police without a page"),
            activity("a9", "Police dogs", "p8"),
            identifier("p1", "\"a\uFF5E\"") + identifier("p2", "\"a\uD83D\uDE00\"") + identifier("p3", "\"a\"")
                    + identifier("p4", "\"z\"") + identifier("p5", "\"0\""),
            activity("a8", "Police stations", "p7"),
            identifier("p6", "\"aa\"") + identifier("p7", "\"b\""));

    private DatasetGraph store(String trig) {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
        Txn.executeWrite(store, () -> RDFParser.create().source(new StringReader(PREFIXES + trig)).lang(Lang.TRIG).parse(store));
        return store;
    }

    private static List<Binding> rows(DatasetGraph store, Query query, boolean rewritten) {
        return QueryRows.of(store, query, rewritten);
    }

    private static int candidateRows(DatasetGraph store, Query query) {
        String op = Txn.calculateRead(store, () -> Algebra.optimize(Algebra.compile(query), store.getContext()).toString());
        return op.split("\\(row ", -1).length - 1;
    }

    private static Query page(String text, long offset, long limit) {
        Query query = Catalogue.bundled().get("search-activities").orElseThrow().bind(Map.of("text", text));
        query.setOffset(offset);
        query.setLimit(limit);
        return query;
    }

    /** Every page of every size, and the first rows' candidates fewer than all for the first page. */
    private static void assertPagesAsThePlainQuery(DatasetGraph store, boolean firstRows) {
        for (String text : List.of("police", "POLICE", "training"))
            for (long offset = 0; offset < 8; offset++)
                for (long limit = 1; limit < 9; limit++) {
                    Query query = page(text, offset, limit);
                    assertEquals(rows(store, query, false), rows(store, query, true), text + " offset " + offset + " limit " + limit);
                }
        int read = candidateRows(store, page("police", 0, 2));
        if (firstRows)
            assertTrue(read > 0 && read < 8, "the first candidates in page order, not all eight: " + read);
        else
            assertEquals(8, read, "every candidate (a6 holds no trigram of the text)");
    }

    private static void serve(DatasetGraph store, SearchIndex index) {
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        PublicQueryRewrite.applyTo(store.getContext(), PublicQueryRewrite.DEFAULT_CONCAT_CHARS, Optional.of(index));
    }

    @Test
    void awkwardIdentifiersAndALoadThatReplacesTheGraphOfSomeOfThem() {
        DatasetGraph store = store(PAGES);
        try {
            try (SearchIndex index = SearchIndex.open(store)) {
                serve(store, index);
                assertPagesAsThePlainQuery(store, true);
            }
            // A load replaces g2: page p6's identifier now sorts first, a new one takes p7's place, and page p8, whose
            // activity g1 states, gets its first identifier. The index is brought up to date by the load's own update.
            Node g2 = NodeFactory.createURI("http://example.org/g2");
            boolean wasCurrent = SearchIndex.isCurrent(store);
            Txn.executeWrite(store, () -> {
                store.removeGraph(g2);
                RDFParser.create().source(new StringReader(PREFIXES + ":g2 {\n" + activity("a8", "Police stations", "p7")
                        + identifier("p6", "\"0\"") + identifier("p7", "\"a\uFF5F\"") + identifier("p8", "\"!\"") + "}\n"))
                        .lang(Lang.TRIG).parse(store);
            });
            SearchIndex.afterLoad(store, wasCurrent, List.of(g2));
            assertTrue(SearchIndex.isCurrent(store), "updated in step with the store");
            try (SearchIndex index = SearchIndex.open(store)) {
                serve(store, index);
                assertPagesAsThePlainQuery(store, true);
            }
            // An identifier that is no plain string: the index does not order it, and every candidate is read.
            Txn.executeWrite(store, () -> RDFParser.create().source(new StringReader(PREFIXES + ":g2 {\n"
                    + identifier("p7", "\"17\"^^xsd:integer") + "}\n")).lang(Lang.TRIG).parse(store));
            SearchIndex.afterLoad(store, true, List.of(g2));
            try (SearchIndex index = SearchIndex.open(store)) {
                serve(store, index);
                assertPagesAsThePlainQuery(store, false);
            }
        } finally {
            TDBInternal.expel(store, true);
        }
    }
}
