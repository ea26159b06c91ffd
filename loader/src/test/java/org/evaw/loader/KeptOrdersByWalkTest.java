package org.evaw.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.evaw.ontology.SummaryOrders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The orders restated in Java ({@link WalkedOrder}) give, from one walk of a TDB2 store, the
 * triples their queries give, in the same order (the same rows, cells, ranks and row names): on
 * the loader's fixture of the summary's cubes and one of the restatements' edge cases
 * ({@code orders/walked.trig}: an activity over two graphs, blank-node agencies, regional English…). The generator module's
 * tests do the same on the bundled corpus and on generated pages.
 */
class KeptOrdersByWalkTest {
    private static final Path FIXTURES = Path.of("src/test/resources/org/evaw/loader");
    private static final Node SUMMARY = NodeFactory.createURI("http://localhost:3030/graph/summary");

    @ParameterizedTest
    @ValueSource(strings = {"summary/cubes.trig", "orders/walked.trig"})
    void walkingTheStoreGivesTheOrdersTheirQueriesGive(String fixture) {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(store, () -> RDFDataMgr.read(store, FIXTURES.resolve(fixture).toString()));
        Txn.executeRead(store, () -> {
            List<SummaryOrders.Order> restated = KeptOrderRows.restated(store);
            assertEquals(2, restated.size());
            for (SummaryOrders.Order order : restated) {
                List<Triple> byQuery = KeptOrderRows.byQuery(store, order, SUMMARY);
                List<Triple> byWalk = KeptOrderRows.byWalk(store, order, SUMMARY);
                assertFalse(byQuery.isEmpty(), () -> order.dataSet() + ": the fixture gives rows to compare");
                assertEquals(byQuery, byWalk, () -> order.dataSet() + ": the walk's rows differ from the query's");
            }
        });
    }
}
