package org.evaw.server.linkeddata;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The SPARQL 1.1 Service Description of the query endpoint: {@code service-description.ttl}
 * beside this class, plus the named graphs of the dataset and their sizes. Fuseki routes a GET of
 * a query endpoint without a query to a service description it does not implement; this is it.
 */
final class ServiceDescription extends BuiltOnce {
    static final String PATH = "/service-description";
    private static final ParameterisedQuery GRAPHS = ParameterisedQuery.load("service-graphs.rq");

    private final DatasetGraph dataset;
    private final String base;

    ServiceDescription(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    @Override
    protected Description build() {
        String doc = base + PATH.substring(1);
        Graph g = TurtleTemplate.parse("service-description.ttl", base);
        Node service = NodeFactory.createURI(doc + "#service");
        GRAPHS.construct(dataset, Map.of("dataset", NodeFactory.createURI(doc + "#dataset"),
                "defaultGraph", NodeFactory.createURI(doc + "#default-graph")), BUILD_LIMIT).find().forEach(g::add);
        return new Description(service, g);
    }
}
