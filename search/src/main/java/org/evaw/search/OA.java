package org.evaw.search;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of the Web Annotation vocabulary that the index reads: where a passage is and what it says. */
final class OA {
    static final String NS = "http://www.w3.org/ns/oa#";
    static final Node hasSource = term("hasSource");
    static final Node hasSelector = term("hasSelector");
    static final Node hasBody = term("hasBody");
    static final Node exact = term("exact");
    static final Node start = term("start");
    static final Node TextQuoteSelector = term("TextQuoteSelector");
    static final Node TextPositionSelector = term("TextPositionSelector");

    private OA() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
