package org.evaw.loader;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Takes a stream of quads grouped by graph, as the mapper writes them, and replaces each graph in
 * the store as soon as the stream moves on to the next: only one graph is held in memory.
 */
public final class GraphReplacingSink extends StreamRDFBase {
    private final GraphStore store;
    private Node current;
    private Graph buffer = GraphFactory.createDefaultGraph();
    private int graphs;

    public GraphReplacingSink(GraphStore store) {
        this.store = store;
    }

    @Override
    public void quad(Quad quad) {
        if (quad.isDefaultGraph())
            throw new IllegalArgumentException("quad outside a named graph: " + quad);
        if (current != null && !current.equals(quad.getGraph()))
            replaceHeldGraph();
        current = quad.getGraph();
        buffer.add(quad.asTriple());
    }

    @Override
    public void finish() {
        replaceHeldGraph();
    }

    public int graphs() { return graphs; }

    private void replaceHeldGraph() {
        if (current == null)
            return;
        store.replace(current, buffer);
        graphs++;
        current = null;
        buffer = GraphFactory.createDefaultGraph();
    }
}
