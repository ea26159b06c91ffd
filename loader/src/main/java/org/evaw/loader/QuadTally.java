package org.evaw.loader;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Passes quads on and notes what went by: the graphs in the order first seen, the number of
 * quads, and whether each graph's quads came together (a stream that is graph-contiguous can be
 * written one graph at a time).
 */
final class QuadTally extends StreamRDFWrapper {
    final Set<Node> graphs = new LinkedHashSet<>();
    long quads;
    boolean contiguous = true;
    private Node current = Quad.defaultGraphNodeGenerated;

    QuadTally(StreamRDF sink) {
        super(sink);
    }

    /** A tally that passes nothing on: a checking pass. */
    static QuadTally alone() {
        return new QuadTally(StreamRDFLib.sinkNull());
    }

    @Override
    public void quad(Quad quad) {
        quads++;
        Node g = quad.getGraph();
        if (!g.equals(current)) {
            if (!graphs.add(g))
                contiguous = false;
            current = g;
        }
        super.quad(quad);
    }
}
