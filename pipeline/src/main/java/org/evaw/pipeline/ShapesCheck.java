package org.evaw.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.ontology.EVAW;

/**
 * Validates a page's graph with the SHACL shapes over the page and only the slice of the reference
 * data it reaches (the entities it names, what those point to, and the types of what that points
 * to, and every region above a region it reaches) rather than all of it: the reference entities no page names are the same
 * for every page, and are validated once, by
 * {@link #referenceViolations()}. Read only: one instance serves every thread.
 */
final class ShapesCheck {
    private final Shapes shapes;
    private final Graph reference;

    ShapesCheck(Shapes shapes, Graph reference) {
        this.shapes = shapes;
        this.reference = reference;
    }

    /** The violations of the page's graph, seen with the reference data it reaches. */
    List<ReportEntry> violations(Graph graph) {
        Graph data = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(data, graph);
        Set<Node> reached = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            reached.add(t.getSubject());
            if (t.getObject().isURI())
                reached.add(t.getObject());
        });
        Set<Node> next = new HashSet<>();
        for (Node n : reached) {
            reference.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                data.add(t);
                if (!t.getObject().isLiteral())
                    next.add(t.getObject());
            });
        }
        // What the page's entities point to is described too (a place's country, with its codes), and what
        // that points to is typed (the country's regions): a shape that targets it finds what it checks.
        Set<Node> last = new HashSet<>();
        for (Node n : next) {
            if (reached.contains(n))
                continue;
            reference.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                data.add(t);
                if (!t.getObject().isLiteral())
                    last.add(t.getObject());
            });
        }
        for (Node n : last) {
            if (reference.contains(n, RDF.type.asNode(), EVAW.Region.asNode()))
                addRegionAndAbove(data, n);
            else
                reference.find(n, RDF.type.asNode(), Node.ANY).forEachRemaining(data::add);
        }
        return entries(ShaclValidator.get().validate(shapes, data));
    }

    /**
     * A region is described whole, and so is every region above it (skos:broader, up to the world):
     * the region shape checks each one it finds typed, and checks that the broader one is a region.
     */
    private void addRegionAndAbove(Graph data, Node region) {
        Set<Node> seen = new HashSet<>();
        List<Node> todo = new java.util.ArrayList<>(List.of(region));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (!seen.add(n))
                continue;
            reference.find(n, Node.ANY, Node.ANY).forEachRemaining(data::add);
            reference.find(n, SKOS.broader.asNode(), Node.ANY).forEachRemaining(t -> todo.add(t.getObject()));
        }
    }

    /** The reference data's own violations. */
    List<ReportEntry> referenceViolations() {
        return entries(ShaclValidator.get().validate(shapes, reference));
    }

    private static List<ReportEntry> entries(ValidationReport report) {
        return report.conforms() ? List.of() : List.copyOf(report.getEntries());
    }
}
