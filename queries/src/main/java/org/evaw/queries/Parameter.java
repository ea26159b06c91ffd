package org.evaw.queries;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * A parameter of a saved query, named as grlc names them: {@code ?_country} binds a string,
 * {@code ?_agency_iri} an IRI, {@code ?_year_integer} an {@code xsd:integer}. Values are bound as
 * typed RDF terms, never spliced into query text.
 */
public record Parameter(String name, String variable, Type type, String defaultValue, java.util.List<String> allowed) {
    /** The RDF term types a parameter can take. */
    public enum Type { STRING, IRI, INTEGER }

    /** The parameter a grlc variable such as {@code _agency_iri} declares. */
    public static Parameter ofVariable(String variable, String defaultValue, java.util.List<String> allowed) {
        String bare = variable.substring(1);
        if (bare.endsWith("_iri"))
            return new Parameter(bare.substring(0, bare.length() - 4), variable, Type.IRI, defaultValue, allowed);
        if (bare.endsWith("_integer"))
            return new Parameter(bare.substring(0, bare.length() - 8), variable, Type.INTEGER, defaultValue, allowed);
        return new Parameter(bare, variable, Type.STRING, defaultValue, allowed);
    }

    /** The RDF term for a value, or an {@link IllegalArgumentException} that names the parameter. */
    public Node bind(String value) {
        if (!allowed.isEmpty() && !allowed.contains(value))
            throw new IllegalArgumentException("parameter '" + name + "' must be one of " + allowed + ", not '" + value + "'");
        return switch (type) {
            case STRING -> NodeFactory.createLiteralString(value);
            case INTEGER -> {
                if (!value.matches("[+-]?\\d{1,18}"))
                    throw new IllegalArgumentException("parameter '" + name + "' must be an integer, not '" + value + "'");
                yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
            }
            case IRI -> {
                try {
                    IRIx iri = IRIx.create(value);
                    // isReference, not isAbsolute: an IRI with a fragment (an ontology term) is a full IRI too.
                    if (!iri.isReference() || iri.hasViolations())
                        throw new IllegalArgumentException("parameter '" + name + "' must be an absolute IRI, not '" + value + "'");
                } catch (IRIException e) {
                    throw new IllegalArgumentException("parameter '" + name + "' is not a valid IRI: " + e.getMessage());
                }
                yield NodeFactory.createURI(value);
            }
        };
    }
}
