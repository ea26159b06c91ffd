package org.evaw.loader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * What a restated order looks up about the entities an activity points to (a country's codes and
 * regions, a form's names and broader forms, an agency's type and acronyms), in the union of a
 * store's named graphs, as a SPARQL pattern over the union sees it, and remembered: the same few
 * thousand reference entities are met again by every activity.
 */
final class ReferenceLookups {
    /** ARQ's own order of two terms in an ORDER BY (what {@code ORDER BY ?x} does with them). */
    static final Comparator<Node> SPARQL_ORDER =
            (a, b) -> BindingComparator.compareNodesRaw(NodeValue.makeNode(a), NodeValue.makeNode(b));
    private static final Node BROADER = SKOS.broader.asNode();

    private final DatasetGraph dataset;
    private final Map<List<Node>, List<Node>> objects = new HashMap<>();
    private final Map<List<Node>, List<Node>> english = new HashMap<>();
    private final Map<Node, Set<Node>> broaderOrSelf = new HashMap<>();

    ReferenceLookups(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The distinct objects of {@code subject}'s {@code predicate}, remembered (for reference entities). */
    List<Node> objects(Node subject, Node predicate) {
        return objects.computeIfAbsent(List.of(subject, predicate), k -> unremembered(subject, predicate));
    }

    /** The distinct objects of {@code subject}'s {@code predicate}, not remembered (for a page's own nodes). */
    List<Node> unremembered(Node subject, Node predicate) {
        Set<Node> found = new LinkedHashSet<>();
        dataset.findNG(Node.ANY, subject, predicate, Node.ANY).forEachRemaining(q -> found.add(q.getObject()));
        return List.copyOf(found);
    }

    /** Whether {@code subject} has {@code type}. */
    boolean typed(Node subject, Node type) {
        return objects(subject, RDF.type.asNode()).contains(type);
    }

    /** The objects of {@code subject}'s {@code predicate} that {@code FILTER (LANGMATCHES(LANG(?x), "en"))} keeps. */
    List<Node> english(Node subject, Node predicate) {
        return english.computeIfAbsent(List.of(subject, predicate), k -> {
            List<Node> kept = new ArrayList<>();
            for (Node o : objects(subject, predicate))
                if (o.isLiteral() && NodeFunctions.langMatches(o.getLiteralLanguage(), "en"))
                    kept.add(o);
            return List.copyOf(kept);
        });
    }

    /** {@code node} and every node it reaches by {@code skos:broader} (the path {@code ?node skos:broader* ?x}). */
    Set<Node> broaderOrSelf(Node node) {
        return broaderOrSelf.computeIfAbsent(node, n -> {
            Set<Node> reached = new LinkedHashSet<>();
            Deque<Node> next = new ArrayDeque<>(List.of(n));
            while (!next.isEmpty()) {
                Node at = next.pop();
                if (reached.add(at))
                    next.addAll(objects(at, BROADER));
            }
            return reached;
        });
    }
}
