package org.evaw.server.linkeddata;

import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Builds the description of a resource of the graph, or of one of its named graphs, with the
 * parameterised queries {@code describe-resource.rq} and {@code describe-graph.rq}.
 */
public final class Describer {
    private static final ParameterisedQuery RESOURCE = ParameterisedQuery.load("describe-resource.rq");
    private static final ParameterisedQuery GRAPH = ParameterisedQuery.load("describe-graph.rq");
    private static final ParameterisedQuery RESOURCE_EXISTS = ParameterisedQuery.load("exists-resource.rq");
    private static final ParameterisedQuery GRAPH_EXISTS = ParameterisedQuery.load("exists-graph.rq");

    private final DatasetGraph dataset;
    private final Node voidDataset;

    public Describer(DatasetGraph dataset, Node voidDataset) {
        this.dataset = dataset;
        this.voidDataset = voidDataset;
    }

    /** Whether the graph holds the resource (or, for a graph key, the named graph). */
    public boolean exists(UriSpace.Key key, Node iri) {
        return (key.isGraph() ? GRAPH_EXISTS : RESOURCE_EXISTS).ask(dataset, Map.of("this", iri));
    }

    /** The description of a resource, or empty if the graph holds no triple that names it. */
    public Optional<Description> resource(Node iri) {
        Graph graph = RESOURCE.construct(dataset, Map.of("this", iri));
        return graph.isEmpty() ? Optional.empty() : Optional.of(new Description(iri, graph));
    }

    /** The description of a named graph, or empty if the store has no such graph. */
    public Optional<Description> namedGraph(Node iri) {
        Graph graph = GRAPH.construct(dataset, Map.of("this", iri, "dataset", voidDataset));
        return graph.isEmpty() ? Optional.empty() : Optional.of(new Description(iri, graph));
    }
}
