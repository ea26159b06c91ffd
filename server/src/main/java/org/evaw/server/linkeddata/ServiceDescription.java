package org.evaw.server.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.vocabulary.RDF;
import org.evaw.server.figures.DatasetFigures;

/**
 * The SPARQL 1.1 Service Description of the query endpoint: {@code service-description.ttl}
 * beside this class, plus the size of its default graph (the union of the named graphs) and, up to
 * {@link NamedGraphListing#MOST} of them, the named graphs with their sizes. Fuseki routes a GET
 * of a query endpoint without a query to a service description it does not implement; this is it.
 */
final class ServiceDescription extends BuiltOnce<Description> {
    static final String PATH = "/service-description";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final Node TRIPLES = NodeFactory.createURI("http://rdfs.org/ns/void#triples");

    private final StoreFigures figures;
    private final String base;

    ServiceDescription(StoreFigures figures, String base) {
        this.figures = figures;
        this.base = base;
    }

    @Override
    protected Description build() {
        String doc = base + PATH.substring(1);
        Graph g = TurtleTemplate.parse("service-description.ttl", base);
        Node service = NodeFactory.createURI(doc + "#service");
        Node dataset = NodeFactory.createURI(doc + "#dataset");
        DatasetFigures counted = figures.get();
        g.add(NodeFactory.createURI(doc + "#default-graph"), TRIPLES, NodeFactoryExtra.intToNode(counted.triples()));
        if (NamedGraphListing.listsEach(counted))
            counted.graphs().forEach((name, size) -> {
                Node named = NodeFactory.createBlankNode();
                Node description = NodeFactory.createBlankNode();
                g.add(dataset, sd("namedGraph"), named);
                g.add(named, RDF.type.asNode(), sd("NamedGraph"));
                g.add(named, sd("name"), name);
                g.add(named, sd("graph"), description);
                g.add(description, RDF.type.asNode(), sd("Graph"));
                g.add(description, TRIPLES, NodeFactoryExtra.intToNode(size.triples()));
            });
        return new Description(service, g);
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }

}
