package org.evaw.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    private static final String BASE = "http://localhost:3030/";
    private static final Node PAGE = NodeFactory.createURI(BASE + "graph/001-page");

    @TempDir
    Path dir;
    private DatasetGraph store;

    @BeforeEach
    void load() {
        store = StoreFixtures.onDisk(dir, "small-store.trig");
    }

    @AfterEach
    void close() {
        TDBInternal.expel(store, true);
    }

    private static String fixture(String name) {
        return StoreFixtures.url(name);
    }

    private static List<String> iris(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::iri).toList();
    }

    @Test
    void suggestsByAcronymPrefixMostReferencedFirst() {
        try (SearchIndex index = SearchIndex.open(store)) {
            List<Suggestion> found = index.suggest("UNO", Optional.empty(), 10);
            assertEquals(BASE + "id/agency/unodc", found.get(0).iri());
            assertTrue(iris(found).contains(BASE + "id/agency/unog"));
            assertEquals("agency", found.get(0).type());
            assertTrue(found.get(0).label().startsWith("UNODC"), found.get(0).label());
        }
    }

    @Test
    void suggestsByNamePrefixAndByLabelInAnotherLanguage() {
        try (SearchIndex index = SearchIndex.open(store)) {
            Suggestion viet = index.suggest("Viet", Optional.empty(), 10).get(0);
            assertEquals(new Suggestion("Viet Nam", BASE + "id/country/vnm", "country"), viet);
            assertEquals(BASE + "id/agency/unodc", index.suggest("ONUDC", Optional.empty(), 10).get(0).iri());
            assertEquals(BASE + "id/agency/unodc", index.suggest("office des nations", Optional.empty(), 10).get(0).iri());
            assertEquals(BASE + "id/country/vnm", index.suggest("越南", Optional.empty(), 10).get(0).iri());
            assertEquals(BASE + "id/country/civ", index.suggest("cote d", Optional.empty(), 10).get(0).iri());
        }
    }

    @Test
    void suggestsDespiteATypo() {
        try (SearchIndex index = SearchIndex.open(store)) {
            assertEquals(BASE + "id/country/vnm", index.suggest("Vietnma", Optional.empty(), 10).get(0).iri());
            assertEquals(BASE + "id/agency/unodc", index.suggest("Ofice on Drugs", Optional.empty(), 10).get(0).iri());
        }
    }

    @Test
    void suggestsOnlyTheKindAskedAndNoOtherResources() {
        try (SearchIndex index = SearchIndex.open(store)) {
            assertTrue(index.suggest("Viet", Optional.of(EntityType.AGENCY), 10).isEmpty());
            assertTrue(index.suggest("Hanoi", Optional.empty(), 10).isEmpty(), "places are not suggested");
            assertTrue(index.suggest("Training", Optional.empty(), 10).isEmpty(), "activities are not suggested");
        }
    }

    @Test
    void findsPassagesWithMarkedSnippetsLinkedToTheirActivities() {
        try (SearchIndex index = SearchIndex.open(store)) {
            SearchResults results = index.search("trafficking", Optional.empty(), 20);
            assertEquals(1, results.passagesFound());
            PassageHit hit = results.passages().get(0);
            assertTrue(hit.snippet().contains("<mark>trafficking</mark>"), hit.snippet());
            assertTrue(hit.snippet().contains("&amp;"), "the text is escaped: " + hit.snippet());
            assertEquals(List.of(new Link(BASE + "id/activity/001-page-1", "Training of border police", null)), hit.activities());
            assertEquals(List.of(new Link(BASE + "id/country/vnm", "Viet Nam", "country")), hit.entities());
            assertEquals(BASE + "id/document/001-page", hit.document());
            assertEquals("Areas of Focus", hit.section());
        }
    }

    @Test
    void findsPassagesDespiteATypo() {
        try (SearchIndex index = SearchIndex.open(store)) {
            SearchResults results = index.search("trafficing", Optional.empty(), 20);
            assertEquals(1, results.passages().size());
            assertTrue(results.passages().get(0).snippet().contains("<mark>trafficking</mark>"));
        }
    }

    @Test
    void refusesQueriesItCannotRunWithAMessage() {
        try (SearchIndex index = SearchIndex.open(store)) {
            BadQueryException syntax = assertThrows(BadQueryException.class, () -> index.search("police AND (", Optional.empty(), 20));
            assertTrue(syntax.getMessage().contains("query syntax"), syntax.getMessage());
            assertThrows(BadQueryException.class, () -> index.search("*police", Optional.empty(), 20));
            assertThrows(BadQueryException.class, () -> index.search("x".repeat(201), Optional.empty(), 20));
            assertThrows(BadQueryException.class, () -> index.search("  ", Optional.empty(), 20));
            assertThrows(BadQueryException.class, () -> index.search("police", Optional.of("planet"), 20));
        }
    }

    @Test
    void updatingAReplacedGraphFindsTheNewTextAndNotTheOld() {
        try (SearchIndex index = SearchIndex.open(store)) {
            assertTrue(SearchIndex.isCurrent(store));
        }
        Txn.executeWrite(store, () -> {
            store.removeGraph(PAGE);
            RDFDataMgr.read(store, fixture("replaced-page.trig"));
        });
        assertFalse(SearchIndex.isCurrent(store), "a write to the store makes the index stale");
        SearchIndex.afterLoad(store, true, List.of(PAGE));
        assertTrue(SearchIndex.isCurrent(store));
        try (SearchIndex index = SearchIndex.open(store)) {
            assertEquals(0, index.search("trafficking", Optional.empty(), 20).passagesFound());
            PassageHit hit = index.search("\"forced marriage\"", Optional.empty(), 20).passages().get(0);
            assertEquals("Campaign against forced marriage", hit.activities().get(0).label());
            assertEquals(BASE + "id/agency/unodc", index.suggest("UNODC", Optional.empty(), 1).get(0).iri());
        }
    }

    @Test
    void rebuildsAStaleIndexWhenOpened() {
        SearchIndex.open(store).close();
        Txn.executeWrite(store, () -> {
            store.removeGraph(PAGE);
            RDFDataMgr.read(store, fixture("replaced-page.trig"));
        });
        try (SearchIndex index = SearchIndex.open(store)) {
            assertEquals(0, index.search("trafficking", Optional.empty(), 20).passagesFound());
            assertEquals(1, index.search("marriage", Optional.empty(), 20).passagesFound());
        }
    }

    @Test
    void rebuildsADeletedIndexWhenOpened() throws IOException {
        Path where;
        try (SearchIndex index = SearchIndex.open(store)) {
            where = index.path().orElseThrow();
        }
        assertEquals(dir.resolve("tdb2").resolve("lucene").toAbsolutePath(), where.toAbsolutePath());
        try (Stream<Path> files = Files.walk(where)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList())
                Files.delete(p);
        }
        assertFalse(SearchIndex.isCurrent(store));
        try (SearchIndex index = SearchIndex.open(store)) {
            assertEquals(1, index.search("trafficking", Optional.empty(), 20).passagesFound());
        }
        assertTrue(SearchIndex.isCurrent(store));
    }

    @Test
    void indexesADatasetInMemory() {
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(memory, () -> RDFDataMgr.read(memory, fixture("small-store.trig")));
        try (SearchIndex index = SearchIndex.open(memory)) {
            assertTrue(index.path().isEmpty());
            assertEquals(BASE + "id/country/vnm", index.suggest("viet", Optional.empty(), 5).get(0).iri());
        }
    }

    @Test
    void countsTheActivitiesFacetsEvenUnderAServersQueryTimeout() {
        // A server puts its per-request timeout in the dataset's context before it opens the index.
        store.getContext().set(ARQ.queryTimeout, "1");
        try (SearchIndex index = SearchIndex.open(store)) {
            FacetCounts all = index.facetCounts(java.util.Map.of());
            assertEquals(1, all.total());
            assertEquals(java.util.Map.of(BASE + "id/agency/unodc", 1L), all.values().get("agency"));
            assertEquals(java.util.Set.of(BASE + "id/agency/unodc"),
                    index.knownFacetValues("agency", List.of(BASE + "id/agency/unodc", BASE + "id/agency/unog")));
            FacetCounts none = index.facetCounts(java.util.Map.of("agency", List.of(BASE + "id/agency/unog")));
            assertEquals(0, none.total());
            assertEquals(java.util.Map.of(BASE + "id/agency/unodc", 1L), none.values().get("agency"),
                    "a facet's own choice does not narrow its counts");
        } finally {
            store.getContext().remove(ARQ.queryTimeout);
        }
    }
}
