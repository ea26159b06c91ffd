package org.evaw.server.linkeddata;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.ontology.EVAW;

/**
 * Names for what a page shows: a resource by its label in the description (English first),
 * a property or class of the ontology by the ontology's own label, any other term by its CURIE.
 */
final class Labels {
    private static final List<Node> LABEL_PROPERTIES = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.title.asNode());

    private final Graph ontology;
    private final PrefixMapping prefixes;

    Labels(Graph ontology, PrefixMapping prefixes) {
        this.ontology = ontology;
        this.prefixes = prefixes;
    }

    /** The label a graph gives a node, or empty. */
    static Optional<String> label(Graph graph, Node node) {
        for (Node p : LABEL_PROPERTIES) {
            Optional<String> label = graph.find(node, p, Node.ANY).toList().stream()
                    .map(t -> t.getObject())
                    .filter(Node::isLiteral)
                    .sorted(Comparator.comparing((Node o) -> !o.getLiteralLanguage().startsWith("en")).thenComparing(Node::getLiteralLexicalForm))
                    .map(Node::getLiteralLexicalForm)
                    .findFirst();
            if (label.isPresent())
                return label;
        }
        return Optional.empty();
    }

    /** A resource's name: its label in the graph, else the ontology's label, else its CURIE or last path segment. */
    String name(Graph graph, Node node) {
        if (!node.isURI())
            return node.isBlank() ? "(anonymous)" : node.toString();
        return label(graph, node).or(() -> label(ontology, node)).orElseGet(() -> shortName(node.getURI()));
    }

    /** A term's name: the ontology's label for its own terms, the CURIE for any other vocabulary. */
    String term(Node term) {
        if (term.isURI() && term.getURI().startsWith(EVAW.NS))
            return label(ontology, term).orElseGet(() -> curie(term.getURI()));
        return curie(term.getURI());
    }

    String curie(String iri) {
        String curie = prefixes.qnameFor(iri);
        return curie != null ? curie : iri;
    }

    private String shortName(String iri) {
        String curie = prefixes.qnameFor(iri);
        if (curie != null)
            return curie;
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
