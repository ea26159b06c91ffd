package org.evaw.server.linkeddata;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The Hydra Core terms the documents page with ({@code describe-resource.rq} writes them); Jena
 * ships no Hydra vocabulary class.
 */
final class HYDRA {
    private HYDRA() {}

    static final String NS = "http://www.w3.org/ns/hydra/core#";

    static final Node Collection = NodeFactory.createURI(NS + "Collection");
    static final Node PartialCollectionView = NodeFactory.createURI(NS + "PartialCollectionView");
    static final Node member = NodeFactory.createURI(NS + "member");
    static final Node totalItems = NodeFactory.createURI(NS + "totalItems");
    static final Node view = NodeFactory.createURI(NS + "view");
    static final Node first = NodeFactory.createURI(NS + "first");
    static final Node previous = NodeFactory.createURI(NS + "previous");
    static final Node next = NodeFactory.createURI(NS + "next");
    static final Node last = NodeFactory.createURI(NS + "last");
}
