package org.evaw.server.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.SummaryCubes;
import org.evaw.ontology.iri.UriSpace;
import org.evaw.server.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With no facet chosen, the SPARQL path reads the number of activities the summary graph keeps
 * (kept-count.rq) and counts them (count.rq) only where the summary keeps none: a store whose
 * summary says 7 shows 7, a store without that observation is counted.
 */
class KeptActivityCountTest {
    private static final List<Facet> FACETS = Facet.all(UriSpace.defaultBase());

    @TempDir
    Path dir;

    @Test
    void readsTheKeptNumberAndCountsWhereThereIsNone() {
        DatasetGraph store = CorpusStore.empty(dir.resolve("tdb2"));
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        Node page = NodeFactory.createURI(UriSpace.defaultBase().graph("page/one"));
        Node activity = NodeFactory.createURI(UriSpace.defaultBase().entity("activity", "one"));
        Txn.executeWrite(store, () -> store.add(page, activity, RDF.type.asNode(), EVAW.Activity.asNode()));
        SelectionCounter sparql = SelectionCounters.of(FACETS, Optional.empty(), new StoreReads(store, 0));
        Selection all = Selection.parse(Map.<String, String[]>of(), FACETS);
        assertEquals(1, Txn.calculateRead(store, () -> sparql.count(all, 0)).total(), "counted: no summary");

        Node summary = NodeFactory.createURI(UriSpace.defaultBase().graph(UriSpace.SUMMARY_GRAPH));
        Node observation = NodeFactory.createURI(SummaryCubes.activityValue.getURI() + "/all");
        Txn.executeWrite(store, () -> {
            store.add(summary, observation, SummaryCubes.dataSet.asNode(), SummaryCubes.activityValue.asNode());
            store.add(summary, observation, EVAW.refProperty.asNode(), RDF.type.asNode());
            store.add(summary, observation, EVAW.refValue.asNode(), EVAW.Activity.asNode());
            store.add(summary, observation, EVAW.valueActivityCount.asNode(), NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger));
        });
        assertEquals(7, Txn.calculateRead(store, () -> sparql.count(all, 0)).total(), "kept by the summary");
    }
}
