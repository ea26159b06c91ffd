package org.evaw.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.evaw.ontology.OntologyFiles;
import org.evaw.ontology.SummaryOrders;
import org.junit.jupiter.api.Test;

/**
 * A publication two pages list is a row per page, with the publisher that page names: not every
 * publisher with every page (a number of rows that grew with the square of the pages).
 */
class PublicationListingsTest {

    @Test
    void eachPageListsThePublicationWithItsOwnPublisher() {
        DatasetGraph store = DatasetGraphFactory.create();
        RDFDataMgr.read(store, getClass().getResource("publications/listed-twice.trig").toString());
        // The saved query reads the union of the graphs, the summary among them, as a load gives it.
        store.find().forEachRemaining(q -> store.getDefaultGraph().add(q.asTriple()));
        try (QueryExec exec = QueryExec.dataset(store).query(OntologyFiles.summaryQuery()).build()) {
            org.apache.jena.graph.Graph summary = exec.construct();
            SummaryOrders.addTo(summary, store, store.getDefaultGraph());
            summary.find().forEach(store.getDefaultGraph()::add);
        }
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(store)
                .query(SavedQueriesTest.saved("publications-since-year").bind(Map.of("year", "2000"))).build()) {
            exec.select().forEachRemaining(rows::add);
        }
        Set<String> listings = rows.stream()
                .map(r -> SavedQueriesTest.cell(r, "document") + " " + SavedQueriesTest.cell(r, "publisher"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("a.txt UNODC", "b.txt UNDP"), listings);
        assertEquals(2, rows.size());
    }
}
