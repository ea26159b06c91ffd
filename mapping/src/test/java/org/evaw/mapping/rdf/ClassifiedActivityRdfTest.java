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
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.ontology.ConceptSchemes;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.ITSRDF;
import org.evaw.ontology.NIF;
import org.evaw.ontology.OntologyFiles;
import org.evaw.ontology.PROV;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The RDF of a classified activity: it links its forms of violence and kinds of intervention, each
 * backed by a mention of the concept at the words that state it in the activity's passage, and it
 * meets the shapes; without that mention it does not.
 */
class ClassifiedActivityRdfTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final String TEXT = """
            United Nations Population Fund

            In 2021, UNFPA trained 120 midwives in Guinea to treat the complications of female genital mutilation, with funding from the European Union.
            """;
    private static final Node FGM = NodeFactory.createURI(ConceptSchemes.FORMS_OF_VIOLENCE_NS + "female-genital-mutilation");
    private static final Node TRAINING = NodeFactory.createURI(ConceptSchemes.INTERVENTIONS_NS + "capacity-building-and-training");
    private static Mapper mapper;
    private static Graph graph;
    private static Node activity;

    @BeforeAll
    static void map() throws Exception {
        mapper = new Mapper(IRIS);
        graph = GraphFactory.createDefaultGraph();
        new DocumentRdf(IRIS).write(mapper.analyser().analyse(PageDecoder.decode("classified.txt", TEXT.getBytes(StandardCharsets.UTF_8))),
                new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) { graph.add(quad.asTriple()); }
                });
        activity = graph.find(null, RDF.type.asNode(), EVAW.Activity.asNode()).next().getSubject();
    }

    private static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(OntologyFiles.shapes(), new Union(data, mapper.reference().getGraph()));
    }

    @Test
    void linksTheConceptsItsWordsState() {
        assertAll(
                () -> assertEquals(List.of(FGM), graph.find(activity, EVAW.formOfViolence.asNode(), null).mapWith(t -> t.getObject()).toList()),
                () -> assertEquals(List.of(TRAINING), graph.find(activity, EVAW.interventionType.asNode(), null).mapWith(t -> t.getObject()).toList(),
                        "who pays for the training does not make it funding"));
    }

    @Test
    void backsEachClassificationWithAMentionOfItsWordsInTheActivitysPassage() {
        Node passage = graph.find(activity, PROV.wasDerivedFrom.asNode(), null).next().getObject();
        for (Node concept : List.of(FGM, TRAINING)) {
            List<Node> mentions = graph.find(null, ITSRDF.taIdentRef.asNode(), concept).mapWith(t -> t.getSubject()).toList();
            assertEquals(1, mentions.size(), concept.getURI());
            Node mention = mentions.get(0);
            List<String> quotes = graph.find(mention, NIF.anchorOf.asNode(), null).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
            assertAll(
                    () -> assertTrue(graph.contains(mention, RDF.type.asNode(), EVAW.Mention.asNode())),
                    () -> assertTrue(graph.contains(mention, EVAW.inPassage.asNode(), passage)),
                    () -> assertTrue(graph.contains(mention, EVAW.confidence.asNode(), Node.ANY)),
                    () -> assertEquals(List.of(concept == FGM ? "female genital mutilation" : "trained"), quotes));
        }
    }

    @Test
    void meetsTheShapes() {
        ValidationReport report = validate(graph);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void aClassificationWithoutItsMentionBreaksTheShapes() {
        Graph unbacked = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> {
            if (!(t.getPredicate().equals(ITSRDF.taIdentRef.asNode()) && t.getObject().equals(FGM)))
                unbacked.add(t);
        });
        ValidationReport report = validate(unbacked);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.message().contains("female-genital-mutilation")),
                () -> report.getEntries().toString());
    }
}
