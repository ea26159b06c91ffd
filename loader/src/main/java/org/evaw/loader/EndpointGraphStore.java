package org.evaw.loader;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * A remote SPARQL store: graphs are replaced with the Graph Store Protocol ({@code PUT}, atomic in
 * a conforming store) and listed through the query endpoint. {@code url} is the dataset URL, such
 * as {@code http://host:3030/ds}, with the standard {@code /sparql} and {@code /data} services.
 */
public final class EndpointGraphStore implements GraphStore {
    private final String url;
    private final RDFLink link;

    public EndpointGraphStore(String url) {
        this.url = url;
        this.link = RDFLinkHTTP.newBuilder().destination(url)
                .queryEndpoint("sparql").gspEndpoint("data").updateEndpoint("update").build();
    }

    @Override
    public void replace(Node graphName, Graph graph) {
        link.put(graphName, graph);
    }

    @Override
    public Set<Node> graphNames() {
        Set<Node> names = new HashSet<>();
        try (QueryExec exec = link.query("SELECT DISTINCT ?g { GRAPH ?g { } }")) {
            exec.select().forEachRemaining(row -> names.add(row.get("g")));
        }
        return names;
    }

    @Override
    public Map<Node, String> versions() {
        Map<Node, String> versions = new HashMap<>();
        org.apache.jena.query.ParameterizedSparqlString query =
                new org.apache.jena.query.ParameterizedSparqlString("SELECT ?g ?v { GRAPH ?g { ?g ?version ?v } }");
        query.setParam("version", org.apache.jena.vocabulary.DCTerms.hasVersion.asNode());
        try (QueryExec exec = link.query(query.toString())) {
            exec.select().forEachRemaining(row -> {
                if (row.get("v").isLiteral())
                    versions.put(row.get("g"), row.get("v").getLiteralLexicalForm());
            });
        }
        return versions;
    }

    @Override
    public Graph construct(org.apache.jena.query.Query query) {
        try (QueryExec exec = link.query(query)) {
            return exec.construct();
        }
    }

    /** A query over the union of the store's named graphs, as its endpoint answers it. */
    org.apache.jena.sparql.exec.QueryExec query(org.apache.jena.query.Query query) {
        return link.query(query);
    }

    @Override
    public String describe() { return "SPARQL store " + url; }

    @Override
    public void close() {
        link.close();
    }
}
