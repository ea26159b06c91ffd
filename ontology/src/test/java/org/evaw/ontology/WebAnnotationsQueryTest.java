package org.evaw.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The export query gives the compact NIF provenance back as the Web Annotations it stands for. */
class WebAnnotationsQueryTest {
    private static final String FIXTURES = "/org/evaw/ontology/";

    private static Graph exported(Graph data) {
        try (QueryExec exec = QueryExec.graph(data).query(OntologyFiles.webAnnotationsQuery()).build()) {
            return exec.construct();
        }
    }

    @Test
    void givesEveryPassageAndMentionAsTheWebAnnotationItStandsFor() {
        Graph exported = exported(Fixtures.parseStrictly(FIXTURES + "classified-activity.ttl"));
        Graph expected = Fixtures.parseStrictly(FIXTURES + "classified-activity-web-annotations.ttl");
        assertTrue(exported.isIsomorphicWith(expected), () -> "missing: "
                + expected.find().filterDrop(exported::contains).toList() + "\nextra: "
                + exported.find().filterDrop(expected::contains).toList());
    }

    @Test
    void leavesOutWhatIsNotAPassageOrMention() {
        Graph exported = exported(Fixtures.parseStrictly(FIXTURES + "classified-activity.ttl"));
        Node activity = NodeFactory.createURI("http://example.org/evaw/activity-002-283");
        assertEquals(0, exported.find(activity, Node.ANY, Node.ANY).toList().size());
        assertEquals(3, exported.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/ns/oa#Annotation"))
                .toList().size(), () -> exported.find().toList().stream().map(Object::toString).collect(Collectors.joining("\n")));
    }
}
