package org.evaw.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.evaw.ontology.OntologyFiles;
import org.evaw.ontology.SummaryOrders;
import org.junit.jupiter.api.Test;

/** The activity timeline counts a period the text leaves open ("since 2019") as well as closed ones. */
class ActivityTimelineTest {

    @Test
    void countsAnActivityWhosePeriodHasNoEnd() {
        DatasetGraph store = DatasetGraphFactory.create();
        RDFDataMgr.read(store.getDefaultGraph(), getClass().getResource("timeline/open-period.ttl").toString());
        // The timeline reads the counts of the summary graph, as a load adds it.
        try (QueryExec exec = QueryExec.dataset(store).query(OntologyFiles.summaryQuery()).build()) {
            org.apache.jena.graph.Graph summary = exec.construct();
            SummaryOrders.addTo(summary, store, store.getDefaultGraph());
            summary.find().forEach(store.getDefaultGraph()::add);
        }
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(store).query(SavedQueriesTest.saved("activity-timeline").bind(Map.of())).build()) {
            exec.select().forEachRemaining(rows::add);
        }
        assertEquals(List.of("Mar 2013 - Feb 2014", "since 2019"), rows.stream().map(r -> SavedQueriesTest.cell(r, "period")).toList());
        assertEquals("2014-02", SavedQueriesTest.cell(rows.get(0), "end"));
        assertNull(SavedQueriesTest.cell(rows.get(1), "end"), "a period still running has no end");
        assertEquals("1", SavedQueriesTest.cell(rows.get(1), "activities"));
    }
}
