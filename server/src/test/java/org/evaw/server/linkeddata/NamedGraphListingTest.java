package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.iri.UriSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Up to {@link NamedGraphListing#MOST} named graphs the VoID and service descriptions list each
 * with its size; past it they give the totals only, however many graphs there are.
 */
class NamedGraphListingTest {
    private static final String BASE = "http://localhost:3030/";
    private static final Node SUBSET = NodeFactory.createURI("http://rdfs.org/ns/void#subset");
    private static final Node DOCUMENTS = NodeFactory.createURI("http://rdfs.org/ns/void#documents");
    private static final Node TRIPLES = NodeFactory.createURI("http://rdfs.org/ns/void#triples");
    private static final Node NAMED_GRAPH = NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#namedGraph");

    /** {@code pages} graphs, each holding one source document and nothing else. */
    private static DatasetGraph pages(int pages) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < pages; i++)
                dataset.add(NodeFactory.createURI(BASE + "graph/" + i), NodeFactory.createURI(BASE + "id/document/" + i),
                        RDF.type.asNode(), EVAW.SourceDocument.asNode());
        });
        return dataset;
    }

    private static Graph voidOf(DatasetGraph dataset, Path dumps) {
        StoreFigures figures = new StoreFigures(dataset, new UriSpace(BASE).entityPrefix());
        return new VoidDescription(figures, new UriSpace(BASE), new Dumps(dataset, JsonLdContext.load().prefixes(), dumps)).build().graph();
    }

    private static Graph serviceOf(DatasetGraph dataset) {
        return new ServiceDescription(new StoreFigures(dataset, new UriSpace(BASE).entityPrefix()), BASE).build().graph();
    }

    private static long value(Graph g, Node predicate) {
        return Long.parseLong(g.find(Node.ANY, predicate, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void eachGraphIsListedUpToTheBound(@TempDir Path dir) {
        DatasetGraph dataset = pages(NamedGraphListing.MOST);
        Graph v = voidOf(dataset, dir);
        assertEquals(NamedGraphListing.MOST, v.find(Node.ANY, SUBSET, Node.ANY).toList().size());
        assertEquals(NamedGraphListing.MOST, value(v, DOCUMENTS));
        assertEquals(NamedGraphListing.MOST, serviceOf(dataset).find(Node.ANY, NAMED_GRAPH, Node.ANY).toList().size());
    }

    @Test
    void pastTheBoundOnlyTheTotalsAreGiven(@TempDir Path dir) {
        DatasetGraph dataset = pages(NamedGraphListing.MOST + 1);
        Graph v = voidOf(dataset, dir);
        assertEquals(0, v.find(Node.ANY, SUBSET, Node.ANY).toList().size());
        assertEquals(NamedGraphListing.MOST + 1, value(v, DOCUMENTS));
        Graph sd = serviceOf(dataset);
        assertEquals(0, sd.find(Node.ANY, NAMED_GRAPH, Node.ANY).toList().size());
        assertEquals(NamedGraphListing.MOST + 1, value(sd, TRIPLES), "the default graph's size");
    }
}
