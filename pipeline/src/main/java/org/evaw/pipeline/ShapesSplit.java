package org.evaw.pipeline;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The shapes of {@code shapes.ttl} in two parts, so that a build can check the cheap part on every
 * page and the expensive part on a sample: {@code core}, every shape without its SPARQL-based
 * constraints ({@code sh:sparql}), and {@code sparql}, only those constraints, each on the shape
 * that holds it (same IRI, same targets, same message). Together they are every constraint of the
 * shapes graph, each in exactly one part; shapes.ttl stays the one source of both.
 */
record ShapesSplit(Shapes core, Shapes sparql) {
    /** Splits the shapes graph {@code shapes}. */
    static ShapesSplit of(Graph shapes) {
        Set<Triple> sparqlConstraints = new HashSet<>();
        Set<Node> holders = new HashSet<>();
        shapes.find(Node.ANY, SHACL.sparql, Node.ANY).forEachRemaining(t -> {
            holders.add(t.getSubject());
            sparqlConstraints.add(t);
            describe(shapes, t.getObject(), sparqlConstraints);
        });
        for (Node holder : holders)
            if (!holder.isURI() || !shapes.find(holder, Node.ANY, Node.ANY).filterKeep(t -> isTarget(t.getPredicate())).hasNext())
                throw new IllegalStateException("a SPARQL-based constraint on " + holder
                        + ", a shape without targets of its own: the split keeps only targeted node shapes whole");
        Graph core = GraphFactory.createDefaultGraph();
        shapes.find().forEachRemaining(t -> {
            if (!sparqlConstraints.contains(t))
                core.add(t);
        });
        Graph sparql = GraphFactory.createDefaultGraph();
        sparqlConstraints.forEach(sparql::add);
        // A holder keeps its type and targets, so that the constraint is asked of the same focus nodes.
        for (Node holder : holders)
            shapes.find(holder, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (t.getPredicate().equals(RDF.type.asNode()) || isTarget(t.getPredicate()))
                    sparql.add(t);
            });
        // The prefixes the queries declare (sh:prefixes points to the node that holds sh:declare).
        Set<Triple> declarations = new HashSet<>();
        shapes.find(Node.ANY, SHACL.declare, Node.ANY).forEachRemaining(t -> {
            declarations.add(t);
            describe(shapes, t.getObject(), declarations);
        });
        declarations.forEach(sparql::add);
        return new ShapesSplit(Shapes.parse(core), Shapes.parse(sparql));
    }

    private static boolean isTarget(Node predicate) {
        return predicate.equals(SHACL.targetClass) || predicate.equals(SHACL.targetNode)
                || predicate.equals(SHACL.targetSubjectsOf) || predicate.equals(SHACL.targetObjectsOf)
                || predicate.equals(SHACL.target);
    }

    /** The triples of {@code node} and, through blank nodes, of everything it is made of (RDF lists among them). */
    private static void describe(Graph graph, Node node, Set<Triple> into) {
        graph.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (into.add(t) && t.getObject().isBlank())
                describe(graph, t.getObject(), into);
        });
    }
}
