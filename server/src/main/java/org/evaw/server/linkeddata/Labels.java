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
import org.evaw.server.http.LanguageNegotiation;

/**
 * Names for what a page shows: a resource by its label in the description, in the page's language
 * if it has one, else in English, else in any; a property or class of the ontology by the
 * ontology's own label; any other term by its CURIE.
 */
final class Labels {
    private static final List<Node> LABEL_PROPERTIES = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.title.asNode());

    private final Graph ontology;
    private final PrefixMapping prefixes;
    private final String language;

    Labels(Graph ontology, PrefixMapping prefixes) {
        this(ontology, prefixes, LanguageNegotiation.FALLBACK);
    }

    private Labels(Graph ontology, PrefixMapping prefixes, String language) {
        this.ontology = ontology;
        this.prefixes = prefixes;
        this.language = language;
    }

    /** The same names, for a page in another language (a BCP 47 primary tag such as {@code fr}). */
    Labels in(String language) {
        return language.equals(this.language) ? this : new Labels(ontology, prefixes, language);
    }

    /** The language resources are named in. */
    String language() {
        return language;
    }

    /** The English label a graph gives a node, or empty. */
    static Optional<String> label(Graph graph, Node node) {
        return label(graph, node, LanguageNegotiation.FALLBACK);
    }

    /** The label a graph gives a node in a language, else in English, else in any; or empty. */
    static Optional<String> label(Graph graph, Node node, String language) {
        for (Node p : LABEL_PROPERTIES) {
            Optional<String> label = graph.find(node, p, Node.ANY).toList().stream()
                    .map(t -> t.getObject())
                    .filter(Node::isLiteral)
                    .sorted(Comparator.comparingInt((Node o) -> rank(o.getLiteralLanguage(), language)).thenComparing(Node::getLiteralLexicalForm))
                    .map(Node::getLiteralLexicalForm)
                    .findFirst();
            if (label.isPresent())
                return label;
        }
        return Optional.empty();
    }

    /** 0 for the language asked, 1 for English, 2 for any other: the order labels are chosen in. */
    static int rank(String literalLanguage, String language) {
        if (matches(literalLanguage, language))
            return 0;
        return matches(literalLanguage, LanguageNegotiation.FALLBACK) ? 1 : 2;
    }

    /** Whether a literal's language tag is, or is a variant of, a primary language ({@code en-GB} of {@code en}). */
    static boolean matches(String literalLanguage, String language) {
        String tag = literalLanguage.toLowerCase(java.util.Locale.ROOT);
        return tag.equals(language) || tag.startsWith(language + "-");
    }

    /** A resource's name: its label in the graph, else the ontology's label, else its CURIE or last path segment. */
    String name(Graph graph, Node node) {
        if (!node.isURI())
            return node.isBlank() ? "(anonymous)" : node.toString();
        return label(graph, node, language).or(() -> label(ontology, node)).orElseGet(() -> shortName(node.getURI()));
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
