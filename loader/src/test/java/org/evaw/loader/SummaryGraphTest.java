package org.evaw.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/**
 * Where the summary graph is: beside the reference graph. What a load leaves in it is checked for
 * every strategy by {@link AbstractLoaderTest#keepsTheSummaryGraphUpToDate}.
 */
class SummaryGraphTest {
    private static final Node SUMMARY = NodeFactory.createURI("http://localhost:3030/graph/summary");

    @Test
    void theSummarySitsBesideTheReferenceGraph() {
        assertEquals(SUMMARY, SummaryGraph.name(Set.of(NodeFactory.createURI("http://localhost:3030/graph/page-1"),
                NodeFactory.createURI("http://localhost:3030/graph/reference"))).orElseThrow());
        assertTrue(SummaryGraph.name(Set.of(NodeFactory.createURI("http://example.org/g"))).isEmpty());
    }
}
