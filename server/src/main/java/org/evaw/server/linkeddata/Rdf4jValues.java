package org.evaw.server.linkeddata;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * Jena nodes as RDF4J values, for writing Jena's store through RDF4J Rio. Blank nodes get fresh,
 * syntax-safe identifiers, the same one each time the same Jena blank node is met.
 */
final class Rdf4jValues {
    private final ValueFactory values = SimpleValueFactory.getInstance();
    private final Map<String, String> blankIds = new HashMap<>();

    Value value(Node n) {
        if (n.isURI())
            return values.createIRI(n.getURI());
        if (n.isBlank())
            return values.createBNode(blankIds.computeIfAbsent(n.getBlankNodeLabel(), l -> "b" + blankIds.size()));
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            return lang.isEmpty()
                    ? values.createLiteral(n.getLiteralLexicalForm(), values.createIRI(n.getLiteralDatatypeURI()))
                    : values.createLiteral(n.getLiteralLexicalForm(), lang);
        }
        throw new IllegalArgumentException("no RDF4J value for " + n);
    }

    Resource resource(Node n) {
        return (Resource) value(n);
    }

    org.eclipse.rdf4j.model.IRI iri(Node n) {
        return values.createIRI(n.getURI());
    }

    ValueFactory factory() { return values; }
}
