package org.evaw.mapping.rdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.analysis.DocumentAnalysis;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.ITSRDF;
import org.evaw.ontology.NIF;
import org.evaw.ontology.OntologyFiles;
import org.evaw.ontology.PROV;
import org.evaw.ontology.TIME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The graph of report prose: it meets the shapes, each activity is traceable to its words (its
 * passage and the mentions in it, its date phrase too), and a UN entity that works with the lead
 * agency is a partner of the activity.
 */
class ProseRdfTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final String TEXT = """
            United Nations Population Fund

            Since 2019, UNFPA has worked with Un Ponte Per (UPP) and UN Women in Iraq under UNSCR 1325 and ILO Convention No. 190.

            Between July 2016 and December 2017, UNDP, in partnership with UNFPA, supported the Government of Norway.
            """;
    private static Mapper mapper;
    private static DocumentAnalysis analysis;
    private static Graph graph;

    @BeforeAll
    static void map() throws Exception {
        mapper = new Mapper(IRIS);
        analysis = mapper.analyser().analyse(PageDecoder.decode("prose.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
        graph = GraphFactory.createDefaultGraph();
        new DocumentRdf(IRIS).write(analysis, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) { graph.add(quad.asTriple()); }
        });
    }

    @Test
    void meetsTheShapes() {
        ValidationReport report = ShaclValidator.get().validate(OntologyFiles.shapes(), new Union(graph, mapper.reference().getGraph()));
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void givesEachActivityItsPassageAndItsLeadAndPartnersOfTheUnSystem() {
        List<Node> activities = graph.find(null, RDF.type.asNode(), EVAW.Activity.asNode()).mapWith(t -> t.getSubject()).toList();
        assertEquals(2, activities.size());
        Node second = activities.stream().filter(a -> graph.contains(a, EVAW.leadAgency.asNode(), agency("undp"))).findFirst().orElseThrow();
        assertAll(
                () -> assertTrue(activities.stream().allMatch(a -> graph.find(a, PROV.wasDerivedFrom.asNode(), null)
                        .mapWith(t -> t.getObject()).toList().stream().allMatch(p -> graph.contains(p, RDF.type.asNode(), EVAW.Passage.asNode())))),
                () -> assertTrue(graph.contains(second, EVAW.partner.asNode(), agency("unfpa")), "UNFPA works with UNDP: a partner"),
                () -> assertTrue(graph.find(second, EVAW.partner.asNode(), null).mapWith(t -> t.getObject().getURI()).toList()
                        .contains(IRIS.entity("partner", "Government of Norway"))));
    }

    @Test
    void givesAnOpenPeriodABeginningAndNoEndAndTiesItToItsWords() {
        Node open = NodeFactory.createURI(IRIS.entity("period", "2019-01-open"));
        List<String> quotes = graph.find(null, ITSRDF.taIdentRef.asNode(), open).mapWith(t -> t.getSubject()).toList().stream()
                .flatMap(mention -> graph.find(mention, NIF.anchorOf.asNode(), null).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList().stream())
                .toList();
        assertAll(
                () -> assertTrue(graph.contains(open, TIME.hasBeginning.asNode(), Node.ANY)),
                () -> assertFalse(graph.contains(open, TIME.hasEnd.asNode(), Node.ANY)),
                () -> assertEquals(List.of("Since 2019"), quotes));
    }

    @Test
    void keepsInstrumentsOutOfTheResolutionsButCitesThem() {
        Node c190 = NodeFactory.createURI(IRIS.entity("instrument", "c190"));
        assertTrue(graph.contains(Node.ANY, EVAW.cites.asNode(), c190));
        assertTrue(graph.contains(Node.ANY, EVAW.cites.asNode(), NodeFactory.createURI(IRIS.entity("resolution", "S/RES/1325"))));
    }

    private static Node agency(String key) {
        return NodeFactory.createURI(IRIS.entity("agency", key));
    }
}
