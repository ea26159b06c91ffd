package org.evaw.server.linkeddata;

import java.io.ByteArrayOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes a graph in one of the RDF representations: Turtle, N-Triples and RDF/XML with Jena's
 * writers and the published prefixes, JSON-LD compacted against the published context.
 */
final class RdfDocumentWriter {
    private final JsonLdContext context;

    RdfDocumentWriter(JsonLdContext context) {
        this.context = context;
    }

    /**
     * @param contextUrl where this server publishes the JSON-LD context, for JSON-LD documents
     */
    byte[] write(Graph graph, Representation representation, String contextUrl) {
        if (representation == Representation.JSONLD)
            return context.compact(graph, contextUrl);
        Graph withPrefixes = GraphFactory.createDefaultGraph();
        graph.find().forEach(withPrefixes::add);
        withPrefixes.getPrefixMapping().setNsPrefixes(context.prefixes());
        RDFFormat format = switch (representation) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case NTRIPLES -> RDFFormat.NTRIPLES_UTF8;
            case RDFXML -> RDFFormat.RDFXML_PRETTY;
            default -> throw new IllegalArgumentException("not an RDF representation: " + representation);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(withPrefixes).format(format).output(out);
        return out.toByteArray();
    }
}
