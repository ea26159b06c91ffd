package org.evaw.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Validates a page's graph with the SHACL shapes, as if joined with the reference data, but over a
 * small slice of it: what the shapes read of the page's own nodes. The slice holds the page's
 * triples, every triple of a reference entity the page says something about (an agency it gives a
 * mandate), and only the types of the reference entities it points to (an activity's country must
 * be an {@code evaw:Country}), not their labels in six languages nor their regions up to the world.
 * The violations kept are those of the page's nodes and of the reference entities it describes (or
 * makes a target, as the objects of {@code time:hasBeginning} are);
 * a reference entity the page only points to is as the reference data says, and the reference data
 * is validated once, whole, by {@link #referenceViolations()}.
 * <p>
 * The SHACL Core constraints are checked at every {@link ShapesLevel}, the SPARQL-based ones at
 * {@link ShapesLevel#ALL} ({@link ShapesSplit}). Read only: one instance serves every thread.
 */
final class ShapesCheck {
    private final Shapes all;
    private final ShapesSplit split;
    private final Graph reference;
    private final Set<Node> referenceEntities = new HashSet<>();
    private final Set<Node> objectTargets = new HashSet<>();

    ShapesCheck(Shapes all, Graph reference) {
        this.all = all;
        this.split = ShapesSplit.of(all.getGraph());
        this.reference = reference;
        reference.find().forEachRemaining(t -> referenceEntities.add(t.getSubject()));
        all.getGraph().find(Node.ANY, SHACL.targetObjectsOf, Node.ANY).forEachRemaining(t -> objectTargets.add(t.getObject()));
    }

    /** The violations of the page's graph, every shape checked. */
    List<ReportEntry> violations(Graph graph) {
        return violations(graph, ShapesLevel.ALL);
    }

    /** The violations of the page's graph, seen with the reference data it reaches, at {@code level}. */
    List<ReportEntry> violations(Graph graph, ShapesLevel level) {
        Graph data = GraphFactory.createDefaultGraph();
        // The page's focus nodes: what it says something of, and what it makes a target (sh:targetObjectsOf).
        Set<Node> pageFocus = new HashSet<>();
        Set<Node> pointedTo = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            data.add(t);
            pageFocus.add(t.getSubject());
            if (objectTargets.contains(t.getPredicate()))
                pageFocus.add(t.getObject());
            else if (t.getObject().isURI())
                pointedTo.add(t.getObject());
        });
        Set<Node> seen = new HashSet<>();
        for (Node n : pageFocus)
            describeWhole(n, data, pointedTo, seen);
        for (Node n : pointedTo)
            if (!pageFocus.contains(n))
                reference.find(n, RDF.type.asNode(), Node.ANY).forEachRemaining(data::add);
        List<ReportEntry> found = new ArrayList<>();
        validate(split.core(), data, pageFocus, found);
        if (level == ShapesLevel.ALL)
            validate(split.sparql(), data, pageFocus, found);
        return found;
    }

    /**
     * What {@code ShaclValidator.validate(shapes, data)} reports of the page (Jena's own loop over
     * every targeted shape and its focus nodes, with Jena's own per-node validation), less two
     * wastes: the focus nodes that are reference entities the page only points to (in the slice with
     * nothing but their type, they broke their shapes on every page, and every entry was built into a
     * report graph and then dropped), and the report itself when nothing was found.
     */
    private void validate(Shapes shapes, Graph data, Set<Node> pageFocus, List<ReportEntry> into) {
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Shape shape : shapes.getTargetShapes())
            for (Node focus : VLib.focusNodes(data, shape))
                if (isThePages(focus, pageFocus))
                    VLib.validateShape(context, data, shape, focus);
        if (context.hasViolation())
            keepThePages(context.generateReport(), pageFocus, into);
    }

    private boolean isThePages(Node focus, Set<Node> pageFocus) {
        return !referenceEntities.contains(focus) || pageFocus.contains(focus);
    }

    /** Everything the reference data says of {@code node}, and of the blank nodes it is made of. */
    private void describeWhole(Node node, Graph data, Set<Node> pointedTo, Set<Node> seen) {
        if (!seen.add(node))
            return;
        reference.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
            data.add(t);
            if (t.getObject().isURI())
                pointedTo.add(t.getObject());
            else if (t.getObject().isBlank())
                describeWhole(t.getObject(), data, pointedTo, seen);
        });
    }

    /**
     * The entries about the page's nodes and the reference entities it describes; a reference entity
     * it only points to is in the slice with nothing but its type, and answers for itself in
     * {@link #referenceViolations()}.
     */
    private void keepThePages(ValidationReport report, Set<Node> pageFocus, List<ReportEntry> into) {
        for (ReportEntry e : report.getEntries())
            if (isThePages(e.focusNode(), pageFocus))
                into.add(e);
    }

    /** The reference data's own violations, every shape checked. */
    List<ReportEntry> referenceViolations() {
        ValidationReport report = ShaclValidator.get().validate(all, reference);
        return report.conforms() ? List.of() : List.copyOf(report.getEntries());
    }
}
