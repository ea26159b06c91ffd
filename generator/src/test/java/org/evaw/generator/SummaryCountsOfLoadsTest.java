package org.evaw.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.system.Txn;
import org.evaw.loader.LoadSettings;
import org.evaw.loader.LoaderFactory;
import org.evaw.loader.SummaryCounts;
import org.evaw.loader.TdbGraphStore;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.pipeline.PageMapping;
import org.evaw.pipeline.corpus.CorpusBuild;
import org.evaw.mapping.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary's counts of a bulk load of the bundled corpus, built and loaded as
 * {@code build --full} and {@code load} do, are the same triples by the walk of the store's index
 * as by summary.rq over the union of its graphs; {@link SummaryCountsOfGeneratedPagesIT} does the
 * same for 1 000 generated pages.
 */
class SummaryCountsOfLoadsTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();

    @TempDir
    Path work;

    @Test
    void theBundledCorpusCountsTheSameEitherWay() throws IOException {
        assertSameCounts(Path.of("../corpus"));
    }

    private void assertSameCounts(Path corpus) throws IOException {
        Path built = work.resolve("evaw.nq.gz");
        CorpusBuild.create(PageMapping.create(IRIS)).threads(2).build().run(Corpus.pages(corpus), built, page -> { });
        try (TdbGraphStore store = new TdbGraphStore(work.resolve("tdb2"))) {
            assertEquals(List.of(), LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(built)).failures());
            Txn.executeRead(store.dataset(), () -> {
                Graph byQuery = SummaryCounts.query().counts(store.dataset());
                Graph byWalk = SummaryCounts.indexWalk().counts(store.dataset());
                assertTrue(byQuery.size() > 100, () -> "a summary worth comparing: " + byQuery.size() + " triples");
                assertTrue(byQuery.isIsomorphicWith(byWalk), () -> "the walk's counts differ from summary.rq's: "
                        + byQuery.find().filterDrop(byWalk::contains).toList().size() + " missing, "
                        + byWalk.find().filterDrop(byQuery::contains).toList().size() + " extra");
            });
        }
    }
}
