package org.evaw.server.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.evaw.ontology.iri.UriSpace;
import org.evaw.server.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both ways of counting give the figures SPARQL over the union of the named graphs gives: on a
 * small dataset worked out by hand, and on the bundled corpus as the server's tests serve it,
 * where reading TDB2's indexes must give exactly what the queries give.
 */
class FigureCountersTest {
    private static final String SPACE = "https://example.org/id/";
    private static final String FIXTURE = "src/test/resources/org/evaw/server/figures/figures.trig";

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static DatasetGraph fixtureIn(DatasetGraph dataset) {
        Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, FIXTURE));
        return dataset;
    }

    @Test
    void aTdb2StoreIsCountedFromItsIndexesAnyOtherWithQueries() {
        assertInstanceOf(IndexScanCounter.class, FigureCounters.forDataset(DatabaseMgr.createDatasetGraph()));
        assertInstanceOf(QueryCounter.class, FigureCounters.forDataset(DatasetGraphFactory.createTxnMem()));
    }

    @Test
    void theIndexesGiveTheFiguresWorkedOutByHand() {
        assertHandCounted(new IndexScanCounter().count(fixtureIn(DatabaseMgr.createDatasetGraph()), SPACE));
    }

    @Test
    void theQueriesGiveTheFiguresWorkedOutByHand() {
        assertHandCounted(new QueryCounter().count(fixtureIn(DatasetGraphFactory.createTxnMem()), SPACE));
    }

    @Test
    void theQueriesGiveTheSameFiguresOnATdb2Store() {
        DatasetGraph store = fixtureIn(DatabaseMgr.createDatasetGraph());
        assertEquals(new QueryCounter().count(store, SPACE), new IndexScanCounter().count(store, SPACE));
    }

    @Test
    void bothGiveTheSameFiguresForTheCorpus(@TempDir Path dir) {
        DatasetGraph store = CorpusStore.create(dir.resolve("tdb2"));
        String space = UriSpace.defaultBase().entityPrefix();
        DatasetFigures scanned = new IndexScanCounter().count(store, space);
        DatasetFigures queried = new QueryCounter().count(store, space);
        assertEquals(queried, scanned);
        assertEquals(Txn.calculateRead(store, () -> store.getUnionGraph().size()), (int) scanned.triples(), "the union graph's size");
        assertEquals(5, scanned.documents(), "one source document per page of the corpus");
    }

    private static void assertHandCounted(DatasetFigures f) {
        // page-1: 11 triples, page-2: 7, reference: 2; "ex:unodc a org:Organization" is in two graphs
        // and its English prefLabel in three, so the union has 20 - 1 - 2 = 17.
        assertEquals(17, f.triples(), "triples");
        assertEquals(7, f.subjects(), "page-1, unodc, activity-1, page-2, the passage, out:thing, out:other");
        assertEquals(8, f.properties(), "rdf:type, prefLabel, altLabel, peopleTrained, flag, size, rdfs:label, quote");
        assertEquals(13, f.objects(), "two classes, eight strings, the number 138 (twice an object), false, 0");
        assertEquals(Map.of(iri("http://www.w3.org/ns/org#Organization"), 2L,
                iri("https://w3id.org/evaw-kg/ontology#SourceDocument"), 3L), f.classInstances());
        assertEquals(4, f.entities(), "page-1, unodc, activity-1, page-2: not out:, not the blank node");
        assertEquals(Map.of("en", 4L, "fr", 1L, "fil", 1L), f.labelsByLanguage());
        assertEquals(Map.of(
                iri("https://example.org/graph/page-1"), new DatasetFigures.NamedGraphFigures(11, Set.of(iri(SPACE + "page-1"))),
                iri("https://example.org/graph/page-2"), new DatasetFigures.NamedGraphFigures(7,
                        Set.of(iri(SPACE + "page-2"), iri("https://elsewhere.example/thing"))),
                iri("https://example.org/graph/reference"), new DatasetFigures.NamedGraphFigures(2, Set.of())), f.graphs());
        assertEquals(3, f.documents(), "page-1, page-2, out:thing");
    }
}
