package org.evaw.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
}
