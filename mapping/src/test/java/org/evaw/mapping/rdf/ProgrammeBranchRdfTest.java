package org.evaw.mapping.rdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.ontology.EVAW;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A programme's branch ("the GLO.ACT Women's Network of Regional Champions …") is a programme of
 * its own that is part of its programme, and the branch's activity is the programme's activity too,
 * linked once even where the text also names the programme.
 */
class ProgrammeBranchRdfTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final String TEXT = """
            United Nations Office on Drugs and Crime

            In 2021, UNODC set up the GLO.ACT Women's Network of Regional Champions against Trafficking in Persons, part of GLO.ACT, in Pakistan.
            """;
    private static final List<Quad> QUADS = new ArrayList<>();

    @BeforeAll
    static void map() throws Exception {
        Mapper mapper = new Mapper(IRIS);
        new DocumentRdf(IRIS).write(mapper.analyser().analyse(PageDecoder.decode("branch.txt", TEXT.getBytes(StandardCharsets.UTF_8))),
                new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) { QUADS.add(quad); }
                });
    }

    @Test
    void theBranchIsPartOfItsProgrammeAndItsActivityIsTheProgrammes() {
        Node parent = NodeFactory.createURI(IRIS.base() + "id/programme/glo-act");
        List<Node> parts = QUADS.stream().filter(q -> q.getPredicate().equals(DCTerms.isPartOf.asNode())
                && q.getObject().equals(parent)).map(Quad::getSubject).toList();
        assertEquals(List.of(NodeFactory.createURI(IRIS.entity("programme",
                "GLO.ACT Women's Network of Regional Champions against Trafficking in Persons"))), parts,
                "the branch, and only it, is part of GLO.ACT");
        Node branch = parts.get(0);
        List<Node> activities = QUADS.stream().filter(q -> q.getPredicate().equals(RDF.type.asNode())
                && q.getObject().equals(EVAW.Activity.asNode())).map(Quad::getSubject).toList();
        assertEquals(1, activities.size());
        Node activity = activities.get(0);
        assertAll(
                () -> assertTrue(has(activity, EVAW.programme.asNode(), branch), "the activity is the branch's"),
                () -> assertEquals(1, QUADS.stream().filter(q -> q.getSubject().equals(activity)
                        && q.getPredicate().equals(EVAW.programme.asNode()) && q.getObject().equals(parent)).count(),
                        "the activity is GLO.ACT's, said once though the text names GLO.ACT too"));
    }

    private static boolean has(Node s, Node p, Node o) {
        return QUADS.stream().anyMatch(q -> q.getSubject().equals(s) && q.getPredicate().equals(p) && q.getObject().equals(o));
    }
}
