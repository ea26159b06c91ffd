package org.evaw.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.evaw.ontology.iri.UriSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home page's three counts of the bundled corpus: read from the summary's kept counts where the
 * store has its summary, counted over every activity where it has none, the same either way.
 */
class HomeCountsTest {
    @TempDir
    Path dir;

    @Test
    void theKeptCountsAreTheCountedOnesAndAStoreWithoutASummaryIsCounted() {
        DatasetGraph store = CorpusStore.create(dir.resolve("tdb2"));
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        HomeCounts kept = HomeCounts.of(store);
        assertTrue(kept.activities() > 0 && kept.agencies() > 0 && kept.countries() > 0, kept.toString());

        Node summary = NodeFactory.createURI(UriSpace.defaultBase().graph(UriSpace.SUMMARY_GRAPH));
        assertTrue(Txn.calculateRead(store, () -> store.containsGraph(summary)), "the corpus store has its summary");
        Txn.executeWrite(store, () -> store.removeGraph(summary));
        assertTrue(Txn.calculateRead(store, () -> !store.containsGraph(summary)), "the summary is gone");
        assertEquals(kept, HomeCounts.of(store), "counted over every activity, without the summary");
    }
}
