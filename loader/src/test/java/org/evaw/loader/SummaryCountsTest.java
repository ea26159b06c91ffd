package org.evaw.loader;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The walk of a TDB2 store's subject-first index gives the summary's counts that summary.rq gives
 * over the union of the graphs, triple for triple: on the loader's fixtures, and on graphs cut so
 * that an activity, a publication or a triple is spread over several of them.
 */
class SummaryCountsTest {
    private static final Path FIXTURES = Path.of("src/test/resources/org/evaw/loader");

    @ParameterizedTest
    @ValueSource(strings = {"summary/pages.trig", "summary/page-2-changed.trig", "summary/cubes.trig",
            "summary/cubes-page-2-changed.trig", "orders/pages.trig", "orders/page-2-adds.trig", "counts/split.trig"})
    void walkingTheIndexGivesWhatSummaryRqGives(String fixture) {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(store, () -> RDFDataMgr.read(store, FIXTURES.resolve(fixture).toString()));
        Txn.executeRead(store, () -> {
            Graph byQuery = new QueryCounts().counts(store);
            Graph byWalk = new SubjectScanCounts().counts(store);
            assertFalse(byQuery.isEmpty());
            assertTrue(byQuery.isIsomorphicWith(byWalk), () -> Differences.of(byQuery, byWalk));
        });
    }
}
