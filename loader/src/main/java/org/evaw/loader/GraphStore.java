package org.evaw.loader;

import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * A store of named graphs that can replace one graph atomically: a reader sees the old graph or
 * the new one, never a mix. Implemented on TDB2 and on any SPARQL 1.1 Graph Store Protocol endpoint.
 */
public interface GraphStore extends AutoCloseable {
    /** Replaces the named graph's content with {@code graph}, in one transaction or one request. */
    void replace(Node graphName, Graph graph);

    /** The names of the graphs the store holds. */
    Set<Node> graphNames();

    /**
     * Each graph's version, as builds state it inside the graph ({@code <g> dcterms:hasVersion "…"});
     * graphs without one are absent.
     */
    Map<Node, String> versions();

    /** The graph a CONSTRUCT query makes over the union of the store's named graphs. */
    Graph construct(org.apache.jena.query.Query query);

    /** Where the store is, for messages. */
    String describe();

    @Override
    void close();
}
