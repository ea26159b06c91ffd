package org.evaw.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.evaw.loader.KeptOrderRows;
import org.evaw.loader.LoadSettings;
import org.evaw.loader.LoaderFactory;
import org.evaw.loader.SummaryCounts;
import org.evaw.loader.SummaryGraph;
import org.evaw.loader.TdbGraphStore;
import org.evaw.mapping.Corpus;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.ontology.SummaryOrders;
import org.evaw.pipeline.PageMapping;
import org.evaw.pipeline.corpus.CorpusBuild;

/**
 * What the tests of a bulk load's summary check on a store built from real pages, as
 * {@code build --full} and {@code load} make it: the counts by the walk of the store's index are
 * summary.rq's triples, and each order restated in Java gives its query's triples in its order.
 */
final class SummaryAgreement {
    private static final IriMinter IRIS = IriMinter.defaultBase();

    private SummaryAgreement() {}

    /** Builds the pages of {@code corpus}, bulk loads them into a new store under {@code work}, and compares. */
    static void assertSameSummaryEitherWay(Path corpus, Path work) throws IOException {
        Path built = work.resolve("evaw.nq.gz");
        CorpusBuild.create(PageMapping.create(IRIS)).threads(2).build().run(Corpus.pages(corpus), built, page -> { });
        try (TdbGraphStore store = new TdbGraphStore(work.resolve("tdb2"))) {
            assertEquals(List.of(), LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(built)).failures());
            Node summary = SummaryGraph.name(store.graphNames()).orElseThrow();
            Txn.executeRead(store.dataset(), () -> {
                Graph byQuery = SummaryCounts.query().counts(store.dataset());
                Graph byWalk = SummaryCounts.indexWalk().counts(store.dataset());
                assertTrue(byQuery.size() > 100, () -> "a summary worth comparing: " + byQuery.size() + " triples");
                assertTrue(byQuery.isIsomorphicWith(byWalk), () -> "the walk's counts differ from summary.rq's: "
                        + byQuery.find().filterDrop(byWalk::contains).toList().size() + " missing, "
                        + byWalk.find().filterDrop(byQuery::contains).toList().size() + " extra");
                for (SummaryOrders.Order order : KeptOrderRows.restated(store.dataset())) {
                    List<Triple> rowsByQuery = KeptOrderRows.byQuery(store.dataset(), order, summary);
                    List<Triple> rowsByWalk = KeptOrderRows.byWalk(store.dataset(), order, summary);
                    assertFalse(rowsByQuery.isEmpty(), () -> order.dataSet() + ": rows worth comparing");
                    assertEquals(rowsByQuery.size(), rowsByWalk.size(), () -> order.dataSet() + ": as many triples either way");
                    for (int i = 0; i < rowsByQuery.size(); i++)
                        assertEquals(rowsByQuery.get(i), rowsByWalk.get(i), order.dataSet() + ": triple " + i);
                }
            });
        }
    }
}
