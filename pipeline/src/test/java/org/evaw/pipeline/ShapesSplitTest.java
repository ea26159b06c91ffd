package org.evaw.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.evaw.ontology.OntologyFiles;
import org.junit.jupiter.api.Test;

/** The shapes in two parts lose no constraint and check each in one part only. */
class ShapesSplitTest {
    private static final Pattern PREFIX = Pattern.compile("PREFIX\\s+\\S*:\\s+<[^>]*>\\s*");
    private static final Graph SHAPES = OntologyFiles.shapesGraph();
    private static final ShapesSplit SPLIT = ShapesSplit.of(SHAPES);

    @Test
    void everyConstraintIsInExactlyOnePartTheSparqlOnesInTheSparqlPart() {
        Map<String, Integer> whole = constraints(Shapes.parse(SHAPES), null);
        Map<String, Integer> core = constraints(SPLIT.core(), false), sparql = constraints(SPLIT.sparql(), true);
        Map<String, Integer> together = new TreeMap<>(core);
        sparql.forEach((k, n) -> together.merge(k, n, Integer::sum));
        assertEquals(whole, together);
        assertTrue(core.keySet().stream().noneMatch(k -> k.startsWith("SparqlConstraint")), core::toString);
        assertTrue(sparql.keySet().stream().allMatch(k -> k.startsWith("SparqlConstraint")), sparql::toString);
        assertEquals(5, sparql.values().stream().mapToInt(Integer::intValue).sum(), "the five SPARQL-based constraints of shapes.ttl");
    }

    @Test
    void aSparqlConstraintIsAskedOfTheSameFocusNodesUnderTheSameShape() {
        Set<String> holders = new TreeSet<>();
        SHAPES.find(Node.ANY, SHACL.sparql, Node.ANY).forEachRemaining(t -> holders.add(t.getSubject().getURI()));
        Set<String> inSparqlPart = new TreeSet<>();
        for (Shape shape : SPLIT.sparql().getTargetShapes()) {
            inSparqlPart.add(shape.getShapeNode().getURI());
            assertEquals(Shapes.parse(SHAPES).getShape(shape.getShapeNode()).getTargets().toString(), shape.getTargets().toString(), shape.toString());
        }
        assertEquals(holders, inSparqlPart);
    }

    @Test
    void refusesASparqlConstraintOnAShapeWithoutTargetsOfItsOwn() {
        Graph nested = RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <urn:s> a sh:NodeShape ; sh:targetClass <urn:C> ;
                    sh:property [ sh:path <urn:p> ; sh:sparql [ sh:select "SELECT $this WHERE { }" ] ] .
                """, Lang.TURTLE).toGraph();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ShapesSplit.of(nested));
        assertTrue(e.getMessage().contains("a shape without targets of its own"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    /**
     * A constraint's text with its query's PREFIX declarations sorted: they come in the order the
     * shapes graph yields its sh:declare nodes, which differs between two graphs of the same triples
     * (blank nodes hash differently), and the order means nothing.
     */
    private static String withSortedPrefixes(String constraint) {
        Matcher m = PREFIX.matcher(constraint);
        Set<String> prefixes = new TreeSet<>();
        while (m.find())
            prefixes.add(m.group().strip());
        return prefixes + " " + PREFIX.matcher(constraint).replaceAll("");
    }

    /** The constraints of every shape, by kind and shape, counted; {@code sparql} null counts all. */
    private static Map<String, Integer> constraints(Shapes shapes, Boolean sparql) {
        Map<String, Integer> found = new TreeMap<>();
        shapes.iteratorAll().forEachRemaining(shape -> {
            for (Constraint c : shape.getConstraints())
                found.merge(c.getClass().getSimpleName() + " " + shape.getShapeNode() + " " + withSortedPrefixes(c.toString()), 1, Integer::sum);
        });
        return found;
    }
}
