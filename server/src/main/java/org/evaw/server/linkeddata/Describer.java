package org.evaw.server.linkeddata;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.evaw.ontology.iri.UriSpace;

/**
 * Builds the description of a resource of the graph, one page at a time, or of one of its named
 * graphs, with the parameterised queries {@code describe-resource.rq} and {@code describe-graph.rq};
 * and the timeline and source passages of the same page for its HTML view.
 */
public final class Describer {
    /** How many resources linking in a page holds, unless the server is told otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private static final ParameterisedQuery RESOURCE = ParameterisedQuery.load("describe-resource.rq");
    private static final ParameterisedQuery GRAPH = ParameterisedQuery.load("describe-graph.rq");
    private static final ParameterisedQuery RESOURCE_EXISTS = ParameterisedQuery.load("exists-resource.rq");
    private static final ParameterisedQuery GRAPH_EXISTS = ParameterisedQuery.load("exists-graph.rq");
    private static final ParameterisedQuery TIMELINE = ParameterisedQuery.load("timeline.rq");
    private static final ParameterisedQuery PASSAGES = ParameterisedQuery.load("passages.rq");

    private final DatasetGraph dataset;
    private final Node voidDataset;
    private final int pageSize;

    public Describer(DatasetGraph dataset, Node voidDataset, int pageSize) {
        if (pageSize < 1)
            throw new IllegalArgumentException("a page holds at least one resource: " + pageSize);
        this.dataset = dataset;
        this.voidDataset = voidDataset;
        this.pageSize = pageSize;
    }

    /** Whether the graph holds the resource (or, for a graph key, the named graph). */
    public boolean exists(UriSpace.Key key, Node iri) {
        return (key.isGraph() ? GRAPH_EXISTS : RESOURCE_EXISTS).ask(dataset, Map.of("this", iri));
    }

    /**
     * One page of the description of a resource, or empty if the graph holds no triple that names
     * it, or if the page is past the last.
     *
     * @param document the IRI of the resource's document, which the paging controls name
     */
    public Optional<Description> resource(Node iri, Node document, long page) {
        Graph graph = paged(RESOURCE, page).construct(dataset, parameters(iri, document, page));
        Paging paging = paging(graph, document, page);
        if (graph.isEmpty() || page > paging.pages())
            return Optional.empty();
        return Optional.of(new Description(iri, graph, paging));
    }

    /**
     * The SPARQL query whose answer is exactly the triples of a page of a resource's description:
     * what {@link #resource} runs, as text to send to the SPARQL endpoint.
     */
    public String resourceQuery(Node iri, Node document, long page) {
        return resourceQuery(iri, document, page, pageSize);
    }

    /** As {@link #resourceQuery(Node, Node, long)}, for a server whose pages hold {@code pageSize} resources linking in. */
    public static String resourceQuery(Node iri, Node document, long page, int pageSize) {
        return paged(RESOURCE, page, pageSize).text(parameters(iri, document, page, pageSize));
    }

    /** The description of a named graph, or empty if the store has no such graph. */
    public Optional<Description> namedGraph(Node iri) {
        Graph graph = GRAPH.construct(dataset, Map.of("this", iri, "dataset", voidDataset));
        return graph.isEmpty() ? Optional.empty() : Optional.of(new Description(iri, graph));
    }

    /** The rows of {@code timeline.rq} for a page of a resource's document. */
    List<Binding> timeline(Node iri, long page) {
        return paged(TIMELINE, page).select(dataset, Map.of("this", iri));
    }

    /** The rows of {@code passages.rq} for a page of a resource's document. */
    List<Binding> passages(Node iri, long page) {
        return paged(PASSAGES, page).select(dataset, Map.of("this", iri));
    }

    private ParameterisedQuery paged(ParameterisedQuery query, long page) {
        return paged(query, page, pageSize);
    }

    private static ParameterisedQuery paged(ParameterisedQuery query, long page, int pageSize) {
        return query.page(pageSize, Math.multiplyExact(page - 1, (long) pageSize));
    }

    private Map<String, Node> parameters(Node iri, Node document, long page) {
        return parameters(iri, document, page, pageSize);
    }

    private static Map<String, Node> parameters(Node iri, Node document, long page, int pageSize) {
        return Map.of("this", iri, "document", document,
                "page", NodeFactory.createLiteralDT(Long.toString(page), XSDDatatype.XSDinteger),
                "pageSize", NodeFactory.createLiteralDT(Integer.toString(pageSize), XSDDatatype.XSDinteger));
    }

    /** Read back from the Hydra controls the query wrote: no resource links in when there are none. */
    private Paging paging(Graph graph, Node document, long page) {
        List<Triple> total = graph.find(document, HYDRA.totalItems, Node.ANY).toList();
        if (total.isEmpty())
            return new Paging(page, 1, 0, 0, 0);
        long count = ((Number) total.get(0).getObject().getLiteralValue()).longValue();
        long members = graph.find(document, HYDRA.member, Node.ANY).toList().size();
        long before = (page - 1) * pageSize;
        return new Paging(page, Math.max(1, (count + pageSize - 1) / pageSize), count,
                members == 0 ? 0 : before + 1, before + members);
    }
}
