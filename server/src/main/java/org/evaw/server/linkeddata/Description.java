package org.evaw.server.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What one document of the server says: the resource it is about, the triples about it, and which
 * page of the links into the resource they hold.
 */
public record Description(Node subject, Graph graph, Paging paging) {
    /** A document that is not paged: it holds all it has to say. */
    public Description(Node subject, Graph graph) {
        this(subject, graph, Paging.SINGLE);
    }
}
