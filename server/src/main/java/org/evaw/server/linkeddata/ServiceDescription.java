package org.evaw.server.linkeddata;

import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The SPARQL 1.1 Service Description of the query endpoint: {@code service-description.ttl}
 * beside this class, plus the named graphs of the dataset and their sizes. Fuseki routes a GET of
 * a query endpoint without a query to a service description it does not implement; this is it.
 */
final class ServiceDescription implements Supplier<Description> {
    static final String PATH = "/service-description";
    private static final ParameterisedQuery GRAPHS = ParameterisedQuery.load("service-graphs.rq");

    private final DatasetGraph dataset;
    private final String base;
    private volatile Description description;

    ServiceDescription(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    @Override
    public Description get() {
        Description d = description;
        if (d == null) {
            synchronized (this) {
                if (description == null)
                    description = build();
                d = description;
            }
        }
        return d;
    }

    private Description build() {
        String doc = base + PATH.substring(1);
        Graph g = TurtleTemplate.parse("service-description.ttl", base);
        Node service = NodeFactory.createURI(doc + "#service");
        GRAPHS.construct(dataset, Map.of("dataset", NodeFactory.createURI(doc + "#dataset"),
                "defaultGraph", NodeFactory.createURI(doc + "#default-graph"))).find().forEach(g::add);
        return new Description(service, g);
    }
}
