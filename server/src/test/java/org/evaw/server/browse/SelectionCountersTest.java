package org.evaw.server.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.evaw.ontology.iri.UriSpace;
import org.evaw.search.SearchIndex;
import org.evaw.server.CorpusStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search index counts a selection of the bundled corpus as SPARQL counts it in the store: the
 * same total, the same activities in the same order, the same values of every facet with the same
 * counts, and the same values known.
 */
class SelectionCountersTest {
    private static final List<Facet> FACETS = Facet.all(UriSpace.defaultBase());
    private static final long NO_DEADLINE = 0;

    @TempDir
    static Path dir;
    private static DatasetGraph store;
    private static SearchIndex index;
    private static SelectionCounter lucene;
    private static SelectionCounter sparql;

    @BeforeAll
    static void open() {
        store = CorpusStore.create(dir.resolve("tdb2"));
        // As the server reads the store: the default graph is the union of the named graphs.
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        index = SearchIndex.open(store);
        StoreReads reads = new StoreReads(store, 0);
        lucene = SelectionCounters.of(FACETS, Optional.of(index), reads);
        sparql = SelectionCounters.of(FACETS, Optional.empty(), reads);
    }

    @AfterAll
    static void close() {
        if (index != null)
            index.close();
    }

    @Test
    void theFactoryCountsFromTheIndexWhenThereIsOne() {
        assertInstanceOf(IndexSelectionCounter.class, lucene);
        assertInstanceOf(SparqlSelectionCounter.class, sparql);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "agency=unodc",
            "region=africa",
            "form=trafficking-in-persons",
            "partner=agency/un-women&partner=agency/undp",
            "agency=unodc&country=ken",
            "region=africa&form=violence-against-women-and-girls",
            "agency=unodc&region=asia&region=europe&form=trafficking-in-persons",
            "agency=no-such-agency",
            "region=africa&agency=no-such-agency"})
    void theIndexCountsWhatSparqlCounts(String query) {
        Selection selection = Selection.parse(parameters(query), FACETS);
        SelectionTally fromIndex = Txn.calculateRead(store, () -> lucene.count(selection, NO_DEADLINE));
        SelectionTally bySparql = Txn.calculateRead(store, () -> sparql.count(selection, NO_DEADLINE));
        assertEquals(bySparql.total(), fromIndex.total(), query);
        assertEquals(bySparql.ids(), fromIndex.ids(), query);
        for (Facet f : FACETS)
            assertEquals(bySparql.values().get(f), fromIndex.values().get(f), query + ": " + f.key());
        for (Facet f : FACETS) {
            if (!selection.of(f).isEmpty())
                assertEquals(Txn.calculateRead(store, () -> sparql.known(f, selection.of(f), NO_DEADLINE)),
                        Txn.calculateRead(store, () -> lucene.known(f, selection.of(f), NO_DEADLINE)), query + ": known " + f.key());
        }
    }

    @Test
    void theIndexPagesEveryActivityAsSparqlDoes() {
        List<org.apache.jena.graph.Node> all = Txn.calculateRead(store, () -> sparql.everyActivity(Long.MAX_VALUE, 0, NO_DEADLINE));
        assertTrue(all.size() > 10, "the store holds activities to page");
        assertEquals(all, Txn.calculateRead(store, () -> lucene.everyActivity(Long.MAX_VALUE, 0, NO_DEADLINE)), "every activity");
        for (long offset : new long[] {0, 3, all.size() - 2, all.size(), all.size() + 5})
            assertEquals(Txn.calculateRead(store, () -> sparql.everyActivity(4, offset, NO_DEADLINE)),
                    Txn.calculateRead(store, () -> lucene.everyActivity(4, offset, NO_DEADLINE)), "4 from " + offset);
    }

    @Test
    void theSelectionsComparedAreNotEmpty() {
        Selection selection = Selection.parse(parameters("region=africa&form=violence-against-women-and-girls"), FACETS);
        SelectionTally tally = Txn.calculateRead(store, () -> lucene.count(selection, NO_DEADLINE));
        assertTrue(tally.total() > 0, "region=africa&form=violence-against-women-and-girls holds activities");
        assertTrue(Txn.calculateRead(store, () -> lucene.count(Selection.everything(), NO_DEADLINE)).total() > tally.total());
    }

    private static Map<String, String[]> parameters(String query) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty())
                continue;
            String[] kv = pair.split("=", 2);
            lists.computeIfAbsent(kv[0], k -> new java.util.ArrayList<>()).add(kv[1]);
        }
        Map<String, String[]> parameters = new LinkedHashMap<>();
        lists.forEach((k, v) -> parameters.put(k, v.toArray(String[]::new)));
        return parameters;
    }
}
