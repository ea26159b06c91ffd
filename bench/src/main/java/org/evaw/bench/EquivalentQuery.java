package org.evaw.bench;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.evaw.ontology.iri.UriSpace;
import org.evaw.server.linkeddata.Describer;

/**
 * Prints the SPARQL query whose answer is exactly the triples of one page of a resource's
 * document ({@code describe-resource.rq} with its parameters bound, as the server runs it), so
 * that bench/run can time the document against the same work done by the SPARQL endpoint.
 * <p>Usage: {@code EquivalentQuery BASE TYPE SLUG [PAGE] [PAGE_SIZE]}, for instance
 * {@code EquivalentQuery http://localhost:3030/ country ken}.
 */
public final class EquivalentQuery {
    private EquivalentQuery() {}

    public static void main(String[] args) {
        UriSpace uris = new UriSpace(args[0]);
        UriSpace.Key key = new UriSpace.Key(args[1], args[2]);
        long page = args.length > 3 ? Long.parseLong(args[3]) : 1;
        int pageSize = args.length > 4 ? Integer.parseInt(args[4]) : Describer.DEFAULT_PAGE_SIZE;
        Node iri = NodeFactory.createURI(uris.iri(key).orElseThrow(() -> new IllegalArgumentException("not an IRI of the graph: " + key)));
        System.out.print(Describer.resourceQuery(iri, NodeFactory.createURI(uris.documentIri(key)), page, pageSize));
    }
}
