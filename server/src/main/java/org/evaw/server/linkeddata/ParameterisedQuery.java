package org.evaw.server.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;

/**
 * A SPARQL query kept as an {@code .rq} file beside this class, run with its parameters bound by
 * Jena's syntactic substitution ({@link QueryExecBuilder#substitution}): a parameter is a node,
 * never text spliced into the query.
 */
final class ParameterisedQuery {
    private final String name;
    private final Query query;

    private ParameterisedQuery(String name, Query query) {
        this.name = name;
        this.query = query;
    }

    static ParameterisedQuery load(String resource) {
        try (InputStream in = ParameterisedQuery.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IOException("query not on the classpath: " + resource);
            return new ParameterisedQuery(resource, QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Graph construct(DatasetGraph dataset, Map<String, Node> parameters) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = build(dataset, parameters)) {
                return exec.construct();
            }
        });
    }

    boolean ask(DatasetGraph dataset, Map<String, Node> parameters) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = build(dataset, parameters)) {
                return exec.ask();
            }
        });
    }

    List<Binding> select(DatasetGraph dataset, Map<String, Node> parameters) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = build(dataset, parameters)) {
                List<Binding> rows = new ArrayList<>();
                exec.select().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    private QueryExec build(DatasetGraph dataset, Map<String, Node> parameters) {
        QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
        parameters.forEach((var, value) -> builder.substitution(Var.alloc(var), value));
        return builder.build();
    }

    @Override
    public String toString() { return name; }
}
