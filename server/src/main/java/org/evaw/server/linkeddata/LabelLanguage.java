package org.evaw.server.linkeddata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The labels of a JSON-LD document in the language a request asks for: of each resource's preferred, alternative and
 * RDFS labels, those in the language asked are kept, or, if it has none in that language, those
 * in English, or else all; every other triple, and every label without a language, is kept as it
 * is. A JSON-LD client (a web page, a script) shows the labels it is given, so the server chooses
 * them as it does for HTML; a request that asks for no language, the Turtle, N-Triples and RDF/XML
 * documents and the dumps get every language.
 */
final class LabelLanguage {
    private static final Set<Node> LABELS = Set.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), RDFS.label.asNode());

    private LabelLanguage() {}

    static Graph keep(Graph graph, String language) {
        Graph kept = GraphFactory.createDefaultGraph();
        Map<List<Node>, List<Triple>> labels = new HashMap<>();
        graph.find().forEach(t -> {
            Node o = t.getObject();
            if (LABELS.contains(t.getPredicate()) && o.isLiteral() && !o.getLiteralLanguage().isEmpty())
                labels.computeIfAbsent(List.of(t.getSubject(), t.getPredicate()), k -> new ArrayList<>()).add(t);
            else
                kept.add(t);
        });
        for (List<Triple> ofOne : labels.values()) {
            int best = ofOne.stream().mapToInt(t -> Labels.rank(t.getObject().getLiteralLanguage(), language)).min().orElse(2);
            for (Triple t : ofOne) {
                if (Labels.rank(t.getObject().getLiteralLanguage(), language) == best)
                    kept.add(t);
            }
        }
        kept.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        return kept;
    }
}
