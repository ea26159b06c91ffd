package org.evaw.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.evaw.search.FacetCounts;
import org.evaw.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load into a TDB2 store leaves the search index beside it in step with what it committed. */
class SearchIndexLoadTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws Exception {
        return Path.of(SearchIndexLoadTest.class.getResource("search/" + name).toURI());
    }

    @Test
    void aLoadBuildsTheIndexAndALaterLoadUpdatesTheGraphsItReplaces() throws Exception {
        Path db = dir.resolve("tdb2");
        try (TdbGraphStore store = new TdbGraphStore(db)) {
            LoadReport first = LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(fixture("store.trig")));
            assertTrue(first.failures().isEmpty(), first.failures().toString());
            assertTrue(Files.isDirectory(db.resolve("lucene")));
            assertTrue(SearchIndex.isCurrent(store.dataset()));
            try (SearchIndex index = SearchIndex.open(store.dataset())) {
                assertEquals(1, index.search("trafficking", Optional.empty(), 10).passagesFound());
            }

            LoadReport second = LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(fixture("replaced-page.trig")));
            assertTrue(second.failures().isEmpty(), second.failures().toString());
            assertTrue(SearchIndex.isCurrent(store.dataset()), "the load updated the index with the store");
            try (SearchIndex index = SearchIndex.open(store.dataset())) {
                assertEquals(0, index.search("trafficking", Optional.empty(), 10).passagesFound());
                assertEquals(1, index.search("\"forced marriage\"", Optional.empty(), 10).passagesFound());
                assertEquals("http://localhost:3030/id/country/vnm", index.suggest("Viet", Optional.empty(), 5).get(0).iri());
            }
        }
    }

    @Test
    void aLoadRebuildsAnIndexThatWasNotInStepBeforeIt() throws Exception {
        Path db = dir.resolve("tdb2");
        try (TdbGraphStore store = new TdbGraphStore(db)) {
            LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(fixture("store.trig")));
            try (var files = Files.walk(db.resolve("lucene"))) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList())
                    Files.delete(p);
            }
            assertFalse(SearchIndex.isCurrent(store.dataset()));
            LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(fixture("replaced-page.trig")));
            assertTrue(SearchIndex.isCurrent(store.dataset()));
            try (SearchIndex index = SearchIndex.open(store.dataset())) {
                // The reference graph was not in this load: only a rebuild puts its entities back.
                assertEquals("http://localhost:3030/id/agency/unodc", index.suggest("UNODC", Optional.empty(), 5).get(0).iri());
                assertEquals(1, index.search("marriage", Optional.empty(), 10).passagesFound());
            }
        }
    }

    private static final String ID = "http://localhost:3030/id/";

    @Test
    void aReplacedPageUpdatesTheFacetCountsAndAReplacedReferenceGraphRebuildsThem() throws Exception {
        Path db = dir.resolve("tdb2");
        try (TdbGraphStore store = new TdbGraphStore(db)) {
            LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(fixture("facets-store.trig")));
            try (SearchIndex index = SearchIndex.open(store.dataset())) {
                FacetCounts counts = index.facetCounts(Map.of());
                assertEquals(2, counts.total());
                assertEquals(Map.of(ID + "agency/unodc", 1L, ID + "agency/undp", 1L), counts.values().get("agency"));
                assertEquals(Map.of(ID + "region/asia", 1L, ID + "region/africa", 1L), counts.values().get("region"));
            }

            LoadReport page = LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(fixture("facets-replaced-page.trig")));
            assertTrue(page.failures().isEmpty(), page.failures().toString());
            assertTrue(SearchIndex.isCurrent(store.dataset()), "the load updated the index with the store");
            try (SearchIndex index = SearchIndex.open(store.dataset())) {
                FacetCounts counts = index.facetCounts(Map.of());
                assertEquals(2, counts.total(), "the old version's activity is gone, the new one is counted");
                assertEquals(List.of(ID + "activity/001-page-2", ID + "activity/001-page-3"), index.activityPage(0, 10),
                        "the old version's activity is gone from the pages of every activity, the new one is there");
                assertEquals(Map.of(ID + "agency/undp", 2L), counts.values().get("agency"));
                FacetCounts undpInAsia = index.facetCounts(Map.of("agency", List.of(ID + "agency/undp"), "region", List.of(ID + "region/asia")));
                assertEquals(List.of(ID + "activity/001-page-3"), undpInAsia.activities());
                assertEquals(Map.of(ID + "region/asia", 1L, ID + "region/africa", 1L), undpInAsia.values().get("region"),
                        "a facet is counted among what the other facets select");
                assertEquals(Set.of(), index.knownFacetValues("agency", List.of(ID + "agency/unodc")));
            }

            LoadReport reference = LoaderFactory.createLoader(store, LoadSettings.defaults())
                    .load(List.of(fixture("facets-replaced-reference.trig")));
            assertTrue(reference.failures().isEmpty(), reference.failures().toString());
            assertTrue(SearchIndex.isCurrent(store.dataset()));
            try (SearchIndex index = SearchIndex.open(store.dataset())) {
                // No page changed: only a rebuild of every activity's values moves Viet Nam's activity.
                assertEquals(Map.of(ID + "region/south-eastern-asia", 1L, ID + "region/africa", 1L),
                        index.facetCounts(Map.of()).values().get("region"));
            }
        }
    }
}
