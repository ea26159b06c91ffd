package org.evaw.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SearchIndex#activitiesDescribedWith}: every activity whose description holds a text, or nothing when it cannot vouch for that. */
class DescribedActivitiesTest {
    private static final String BASE = "http://localhost:3030/";
    private static final String FIRST = BASE + "id/activity/001-page-1";
    private static final String SECOND = BASE + "id/activity/002-page-1";
    private static final Node NOTES = NodeFactory.createURI(BASE + "graph/notes");

    @TempDir
    Path dir;
    private DatasetGraph store;

    @BeforeEach
    void load() {
        store = StoreFixtures.onDisk(dir, "described-activities.trig");
    }

    @AfterEach
    void close() {
        TDBInternal.expel(store, true);
    }

    private void write(String trig) {
        Txn.executeWrite(store, () -> RDFParser.fromString(
                "PREFIX evaw: <https://w3id.org/evaw-kg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> " + trig, Lang.TRIG)
                .lang(Lang.TRIG).parse(store));
    }

    @Test
    void findsTheActivitiesWhoseDescriptionHoldsTheTextLowerCasedOrAsWritten() {
        try (SearchIndex index = SearchIndex.open(store)) {
            assertEquals(Optional.of(List.of(FIRST)), index.activitiesDescribedWith("police", true, 10));
            assertEquals(Optional.of(List.of(FIRST)), index.activitiesDescribedWith("POLICE", false, 10));
            // LCASE(?d) holds no capital letter: no activity can match, and the index says so.
            assertEquals(Optional.of(List.of()), index.activitiesDescribedWith("Police", true, 10));
            // The document's description says "police training"; it is no activity.
            assertEquals(Optional.of(List.of()), index.activitiesDescribedWith("training", true, 10));
            // Described in another graph than the one typing it; a final sigma found by its plain form.
            assertEquals(Optional.of(List.of(SECOND)), index.activitiesDescribedWith("οδος:", true, 10));
            assertEquals(Optional.of(List.of(SECOND)), index.activitiesDescribedWith("ΟΔΟΣ", false, 10));
        }
    }

    @Test
    void saysNothingForATextTooShortOrMatchedByMoreThanAsked() {
        try (SearchIndex index = SearchIndex.open(store)) {
            assertEquals(Optional.empty(), index.activitiesDescribedWith("po", true, 10));
            assertEquals(Optional.empty(), index.activitiesDescribedWith(" in ", true, 0));
        }
    }

    @Test
    void saysNothingWhenTheStoreHasChangedSinceTheIndexWasWritten() {
        try (SearchIndex index = SearchIndex.open(store)) {
            write("GRAPH <" + BASE + "graph/003-page> { <" + BASE + "id/activity/003-page-1> a evaw:Activity ; dcterms:description \"police\" }");
            assertEquals(Optional.empty(), index.activitiesDescribedWith("police", true, 10));
        }
    }

    @Test
    void aLoadThatReplacesTheGraphStatingADescriptionIndexesItsActivityAgain() {
        SearchIndex.open(store).close();
        Txn.executeWrite(store, () -> store.removeGraph(NOTES));
        write("GRAPH <" + NOTES.getURI() + "> { <" + SECOND + "> dcterms:description \"Forced marriage was discussed.\" }");
        SearchIndex.afterLoad(store, true, List.of(NOTES));
        assertTrue(SearchIndex.isCurrent(store), "the load updated the index, which open() will not rebuild");
        try (SearchIndex index = SearchIndex.open(store)) {
            assertEquals(Optional.of(List.of(SECOND)), index.activitiesDescribedWith("marriage", true, 10));
        }
    }

    @Test
    void saysNothingForAStoreWithAnActivityNoIriNamesWhetherBuiltOrLoaded() {
        SearchIndex.open(store).close();
        write("GRAPH <" + BASE + "graph/003-page> { [] a evaw:Activity ; dcterms:description \"police\" }");
        SearchIndex.afterLoad(store, true, List.of(NodeFactory.createURI(BASE + "graph/003-page")));
        try (SearchIndex index = SearchIndex.open(store)) {
            assertEquals(Optional.empty(), index.activitiesDescribedWith("police", true, 10));
        }
        write("GRAPH <" + BASE + "graph/004-page> { <" + BASE + "id/activity/004-page-1> a evaw:Activity }");
        try (SearchIndex index = SearchIndex.open(store)) {
            assertTrue(SearchIndex.isCurrent(store), "rebuilt when opened");
            assertEquals(Optional.empty(), index.activitiesDescribedWith("police", true, 10));
        }
    }
}
