package org.evaw.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLoaderTest {
    private static final Path FIXTURES = Path.of("src/test/resources/org/evaw/loader");

    @TempDir
    Path work;

    @Test
    void refusesATruncatedFileBeforeBulkLoadingAnEmptyStore() {
        try (TdbGraphStore store = new TdbGraphStore(work.resolve("tdb2"))) {
            StoreLoader.Summary summary = new StoreLoader(store, null).load(List.of(FIXTURES.resolve("truncated.nq")), g -> { });
            assertEquals(1, summary.failures().size());
            assertTrue(summary.failures().get(0).contains("truncated.nq") && summary.failures().get(0).contains("line "),
                    summary.failures().get(0));
            assertTrue(store.isEmpty());
        }
    }

    @Test
    void aRefusedFileLeavesNoNewDatabaseBehind() {
        Path db = work.resolve("new");
        assertTrue(StoreLoader.isNewDatabase(db));
        StoreLoader.Summary refused = StoreLoader.loadNewDatabase(db, null, List.of(FIXTURES.resolve("truncated.nq")), g -> { });
        assertEquals(1, refused.failures().size());
        assertTrue(StoreLoader.isNewDatabase(db), "the half-loaded database is removed");
        StoreLoader.Summary loaded = StoreLoader.loadNewDatabase(db, null,
                List.of(FIXTURES.resolve("two-graphs.nq"), FIXTURES.resolve("two-graphs.nq")), g -> { });
        assertEquals(4, loaded.graphs());
        assertEquals(4, loaded.quads() / 2);
        try (TdbGraphStore store = new TdbGraphStore(db)) {
            assertEquals(4, count(store));
        }
    }

    @Test
    void readsGzippedFilesAsThePlainOnesAndRefusesATruncatedOne() throws java.io.IOException {
        byte[] plain = java.nio.file.Files.readAllBytes(FIXTURES.resolve("two-graphs.nq"));
        Path gzipped = work.resolve("two-graphs.nq.gz");
        try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(gzipped))) {
            out.write(plain);
        }
        Path cut = work.resolve("cut.nq.gz");
        byte[] whole = java.nio.file.Files.readAllBytes(gzipped);
        java.nio.file.Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        try (TdbGraphStore store = new TdbGraphStore(work.resolve("tdb2"))) {
            StoreLoader.Summary loaded = new StoreLoader(store, null).load(List.of(gzipped), g -> { });
            assertEquals(List.of(), loaded.failures());
            assertEquals(4, count(store));
            StoreLoader.Summary refused = new StoreLoader(store, null).load(List.of(cut), g -> { });
            assertEquals(1, refused.failures().size(), refused.failures()::toString);
            assertTrue(refused.failures().get(0).contains("cut.nq.gz"), refused.failures().get(0));
            assertEquals(4, count(store));
        }
    }

    @Test
    void refusesATruncatedFileWithoutTouchingALoadedStore() {
        try (TdbGraphStore store = new TdbGraphStore(work.resolve("tdb2"))) {
            new StoreLoader(store, null).load(List.of(FIXTURES.resolve("two-graphs.nq")), g -> { });
            long before = count(store);
            StoreLoader.Summary summary = new StoreLoader(store, null).load(List.of(FIXTURES.resolve("truncated.nq")), g -> { });
            assertEquals(1, summary.failures().size());
            assertEquals(before, count(store));
        }
    }

    @Test
    void reloadingReplacesGraphsEvenWhenTheirQuadsAreInterleaved() {
        try (TdbGraphStore store = new TdbGraphStore(work.resolve("tdb2"))) {
            StoreLoader.Summary first = new StoreLoader(store, null).load(List.of(FIXTURES.resolve("two-graphs.nq")), g -> { });
            assertEquals(2, first.graphs());
            assertEquals(4, count(store));
            StoreLoader.Summary second = new StoreLoader(store, null).load(List.of(FIXTURES.resolve("two-graphs.nq")), g -> { });
            assertEquals(2, second.graphs());
            assertEquals(4, count(store));
            assertEquals(3, Txn.calculateRead(store.dataset(),
                    () -> store.dataset().getGraph(NodeFactory.createURI("http://localhost:3030/graph/a")).size()));
        }
    }

    private static long count(TdbGraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> (long) org.apache.jena.atlas.iterator.Iter.count(store.dataset().find()));
    }
}
