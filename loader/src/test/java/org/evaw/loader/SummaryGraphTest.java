package org.evaw.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.evaw.ontology.EVAW;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary graph a load leaves beside the pages' graphs: its counts and links are those the
 * fixture's activities give, and a reload of a changed page makes them again, never adding to them.
 */
class SummaryGraphTest {
    private static final Path FIXTURES = Path.of("src/test/resources/org/evaw/loader/summary");
    private static final String ID = "http://localhost:3030/id/";
    private static final Node SUMMARY = NodeFactory.createURI("http://localhost:3030/graph/summary");

    @TempDir
    Path work;

    @Test
    void aNewStoreGetsTheSummaryOfItsActivities() {
        Path db = work.resolve("tdb2");
        StoreLoader.loadNewDatabase(db, null, List.of(FIXTURES.resolve("pages.trig")), g -> { });
        try (TdbGraphStore store = new TdbGraphStore(db)) {
            DatasetGraph ds = store.dataset();
            // UNODC leads the activity of page 1 and joins that of page 2; both are in Kenya, one in Uganda.
            assertEquals(List.of("2"), values(ds, "agency/unodc", EVAW.activityCount));
            assertEquals(List.of("1"), values(ds, "agency/unfpa", EVAW.activityCount));
            assertEquals(List.of("2"), values(ds, "country/ken", EVAW.activityCount));
            assertEquals(List.of("1"), values(ds, "country/uga", EVAW.activityCount));
            assertEquals(List.of("1"), values(ds, "programme/spotlight", EVAW.activityCount));
            // The activity of page 2 is in two African countries and counts once for Africa.
            assertEquals(List.of("2"), values(ds, "region/africa", EVAW.regionActivityCount));
            assertEquals(List.of(ID + "country/ken", ID + "country/uga"), values(ds, "agency/unodc", EVAW.worksIn));
            assertEquals(List.of(ID + "country/ken", ID + "country/uga"), values(ds, "agency/unfpa", EVAW.worksIn));
            assertEquals(List.of(ID + "programme/spotlight"), values(ds, "agency/unodc", EVAW.worksOn));
        }
    }

    @Test
    void reloadingAChangedPageMakesTheSummaryAgainWithoutAddingToIt() {
        try (TdbGraphStore store = new TdbGraphStore(work.resolve("tdb2"))) {
            StoreLoader loader = new StoreLoader(store, null);
            loader.load(List.of(FIXTURES.resolve("pages.trig")), g -> { });
            for (int i = 0; i < 2; i++) {
                loader.load(List.of(FIXTURES.resolve("page-2-changed.trig")), g -> { });
                DatasetGraph ds = store.dataset();
                assertEquals(List.of("1"), values(ds, "agency/unodc", EVAW.activityCount));
                assertEquals(List.of("1"), values(ds, "agency/unfpa", EVAW.activityCount));
                assertEquals(List.of("1"), values(ds, "country/ken", EVAW.activityCount));
                assertEquals(List.of("1"), values(ds, "country/uga", EVAW.activityCount));
                assertEquals(List.of(), values(ds, "programme/spotlight", EVAW.activityCount));
                assertEquals(List.of("2"), values(ds, "region/africa", EVAW.regionActivityCount));
                assertEquals(List.of(ID + "country/ken"), values(ds, "agency/unodc", EVAW.worksIn));
                assertEquals(List.of(ID + "country/uga"), values(ds, "agency/unfpa", EVAW.worksIn));
                assertEquals(List.of(), values(ds, "agency/unodc", EVAW.worksOn));
            }
        }
    }

    @Test
    void theSummarySitsBesideTheReferenceGraph() {
        assertEquals(SUMMARY, SummaryGraph.name(Set.of(NodeFactory.createURI("http://localhost:3030/graph/page-1"),
                NodeFactory.createURI("http://localhost:3030/graph/reference"))).orElseThrow());
        assertTrue(SummaryGraph.name(Set.of(NodeFactory.createURI("http://example.org/g"))).isEmpty());
    }

    /** The values of a property of a resource in the summary graph, sorted: IRIs, or literals' lexical forms. */
    private static List<String> values(DatasetGraph ds, String resource, Property property) {
        return Txn.calculateRead(ds, () -> {
            Set<String> found = new TreeSet<>();
            List<String> all = new java.util.ArrayList<>();
            ds.find(SUMMARY, NodeFactory.createURI(ID + resource), property.asNode(), Node.ANY).forEachRemaining(q -> {
                String v = q.getObject().isLiteral() ? q.getObject().getLiteralLexicalForm() : q.getObject().getURI();
                found.add(v);
                all.add(v);
            });
            assertEquals(found.size(), all.size(), "a value given twice: " + all);
            return List.copyOf(found);
        });
    }
}
