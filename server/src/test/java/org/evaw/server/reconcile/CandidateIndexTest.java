package org.evaw.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.evaw.ontology.EVAW;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** The candidate index over {@code names.ttl}, held in an in-memory TDB2 store as the server holds its data. */
class CandidateIndexTest {
    private static final String ID = "http://example.org/id/";
    private static DatasetGraph store;
    private static CandidateIndex index;

    @BeforeAll
    static void load() {
        store = DatabaseMgr.createDatasetGraph();
        var graph = RDFParser.source(CandidateIndexTest.class.getResource("names.ttl").toString()).toGraph();
        var name = NodeFactory.createURI("http://example.org/graph/reference");
        Txn.executeWrite(store, () -> graph.find().forEach(t -> store.add(name, t.getSubject(), t.getPredicate(), t.getObject())));
        index = StoreIndex.build(store);
    }

    private static List<Candidate> search(String text, EntityType... types) {
        return index.search(new Query(text, Set.of(types), 5, List.of()));
    }

    private static String first(String text, EntityType... types) {
        List<Candidate> c = search(text, types);
        return c.isEmpty() ? "(none)" : c.get(0).entity().iri();
    }

    @Test
    void indexesOnlyAgenciesPartnersProgrammesAndCountries() {
        assertEquals(9, index.entities().size());
        assertTrue(index.get(ID + "place/nairobi").isEmpty());
    }

    @Test
    void anExactNameInAnyLanguageIsTheMatch() {
        for (String name : List.of("United Nations Office on Drugs and Crime", "UNODC", "ONUDC", "ONUDD",
                "Oficina de las Naciones Unidas contra la Droga y el Delito", "office des nations unies contre la drogue et le crime")) {
            Candidate c = search(name).get(0);
            assertEquals(ID + "agency/unodc", c.entity().iri(), name);
            assertTrue(c.match(), name);
            assertEquals(100.0, c.score(), name);
        }
    }

    @Test
    void theNameShownIsTheEnglishPreferredLabelWhateverMatched() {
        Candidate c = search("Kenia").get(0);
        assertEquals("Kenya", c.entity().name());
        assertEquals("es", c.matchedName().lang());
        assertEquals("country or area · KEN", c.entity().description());
    }

    @Test
    void namesInOtherScriptsMatchToo() {
        for (String name : List.of("Кения", "КЕНИЯ", "كينيا", "肯尼亚")) {
            Candidate c = search(name).get(0);
            assertEquals(ID + "country/ken", c.entity().iri(), name);
            assertTrue(c.match(), name);
        }
        assertEquals(ID + "country/ken", first("Кения Республика"), "a word more still finds it");
        assertEquals("Kenya", index.suggest("Кен", Set.of(), 0, 5).get(0).name());
    }

    @Test
    void aPartialNameComesFirstButIsNoMatch() {
        Candidate c = search("Office on Drugs and Crime").get(0);
        assertEquals(ID + "agency/unodc", c.entity().iri());
        assertFalse(c.match());
        assertTrue(c.score() > 80 && c.score() < 100, "score " + c.score());
    }

    @Test
    void misspellingsFindTheirEntity() {
        assertEquals(ID + "agency/unodc", first("Untied Nations Ofice on Drugs and Crime"));
        assertEquals(ID + "country/kgz", first("Kyrgystan"));
        assertEquals(ID + "programme/spotlight-initiative", first("Spotlite Initiative"));
        assertFalse(search("Kyrgystan").get(0).match());
    }

    @Test
    void anAcronymMatchesTheInitialsOfANameWithoutBeingTheMatch() {
        Candidate c = search("MGLSD").get(0);
        assertEquals(ID + "partner/mglsd", c.entity().iri());
        assertTrue(c.acronym());
        assertEquals(90.0, c.score());
        assertFalse(c.match(), "initials are a guess, not a name the entity is known by");
    }

    @Test
    void anIsoCodeOrTheIriFindsTheEntity() {
        assertEquals(ID + "country/kgz", first("KGZ"));
        assertTrue(search("kgz").get(0).match());
        assertEquals(ID + "country/ken", first(ID + "country/ken"));
    }

    @Test
    void anExactNameSharedByTwoEntitiesIsNoMatch() {
        List<Candidate> c = search("Ministry of Interior");
        assertEquals(2, c.stream().filter(x -> x.score() == 100).count());
        assertTrue(c.stream().noneMatch(Candidate::match));
    }

    @Test
    void aTypeRestrictsTheCandidates() {
        assertTrue(search("UNODC", EntityType.COUNTRY).stream().noneMatch(c -> c.entity().iri().endsWith("unodc")));
        assertEquals(ID + "agency/unodc", first("UNODC", EntityType.AGENCY, EntityType.COUNTRY));
    }

    @Test
    void propertyValuesMustBeCarried() {
        List<Candidate> byCode = index.search(new Query(null, Set.of(), 5,
                List.of(new Query.PropertyValue(NameProperty.ISO3, "ken"))));
        assertEquals(1, byCode.size());
        assertEquals(ID + "country/ken", byCode.get(0).entity().iri());
        assertTrue(byCode.get(0).match());
        assertTrue(index.search(new Query("Kenya", Set.of(), 5, List.of(new Query.PropertyValue(NameProperty.ISO3, "KGZ")))).isEmpty());
    }

    @Test
    void nothingAlikeGivesNoCandidates() {
        assertTrue(search("zzzzqqqq").isEmpty());
    }

    @Test
    void theLimitCapsTheCandidates() {
        assertEquals(1, index.search(new Query("United Nations", Set.of(), 1, List.of())).size());
    }

    @Test
    void suggestionsStartWithThePrefix() {
        List<Entity> s = index.suggest("ky", Set.of(), 0, 10);
        assertEquals(List.of(ID + "country/kgz"), s.stream().map(Entity::iri).toList());
        List<Entity> un = index.suggest("united nations", Set.of(EntityType.AGENCY), 0, 10);
        assertEquals(3, un.size());
        assertEquals(2, index.suggest("united nations", Set.of(EntityType.AGENCY), 1, 10).size());
        assertEquals("Kenya", index.suggest("Kenia", Set.of(), 0, 10).get(0).name());
        assertEquals(List.of(ID + "programme/spotlight-initiative"),
                index.suggest("spotl", Set.of(), 0, 10).stream().map(Entity::iri).toList());
    }

    @Test
    void theIndexIsBuiltAgainAfterTheStoreChanges() {
        DatasetGraph own = DatabaseMgr.createDatasetGraph();
        StoreIndex live = StoreIndex.of(own);
        assertTrue(live.get().entities().isEmpty());
        var iri = NodeFactory.createURI(ID + "agency/unfpa");
        var g = NodeFactory.createURI("http://example.org/graph/reference");
        Txn.executeWrite(own, () -> {
            own.add(new Quad(g, iri, RDF.type.asNode(), EVAW.Agency.asNode()));
            own.add(new Quad(g, iri, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("United Nations Population Fund", "en")));
        });
        assertEquals(ID + "agency/unfpa", live.get().search(new Query("UN Population Fund", Set.of(), 5, List.of())).get(0).entity().iri());
    }
}
