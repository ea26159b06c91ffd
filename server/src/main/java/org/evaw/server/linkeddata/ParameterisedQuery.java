package org.evaw.server.linkeddata;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.evaw.ontology.sparql.QueryFiles;

/**
 * A SPARQL query kept as an {@code .rq} file beside this class, run with its parameters bound by
 * Jena's syntactic substitution ({@link QueryTransformOps#transform(Query, Map)}): a parameter is a
 * node, never text spliced into the query. The query with its parameters bound is also what
 * {@link #text} gives, so that the same query can be sent to the SPARQL endpoint.
 */
final class ParameterisedQuery {
    private final String name;
    private final Query query;

    private ParameterisedQuery(String name, Query query) {
        this.name = name;
        this.query = query;
    }

    static ParameterisedQuery load(String resource) {
        return new ParameterisedQuery(resource, QueryFiles.query(ParameterisedQuery.class, resource));
    }

    /**
     * This query for one page: every subquery with a {@code LIMIT} (the paged one) gets this limit
     * and offset, which SPARQL cannot take from a variable.
     */
    ParameterisedQuery page(long limit, long offset) {
        // A copy of our own to change: the parsed query is shared by every request.
        Query paged = QueryFactory.create(query.serialize());
        ElementWalker.walk(paged.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                if (el.getQuery().hasLimit()) {
                    el.getQuery().setLimit(limit);
                    el.getQuery().setOffset(offset);
                } else {
                    ElementWalker.walk(el.getQuery().getQueryPattern(), this);
                }
            }
        });
        return new ParameterisedQuery(name + " (LIMIT " + limit + " OFFSET " + offset + ")", paged);
    }

    /** The query with its parameters bound, as SPARQL text. */
    String text(Map<String, Node> parameters) {
        return bind(parameters).serialize();
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
                // Detached: a binding from TDB2 reads its nodes lazily, and the transaction ends here.
                exec.select().forEachRemaining(row -> rows.add(row.detach()));
                return rows;
            }
        });
    }

    private Query bind(Map<String, Node> parameters) {
        Map<Var, Node> substitution = new HashMap<>();
        parameters.forEach((var, value) -> substitution.put(Var.alloc(var), value));
        return QueryTransformOps.replaceVars(query, substitution);
    }

    private QueryExec build(DatasetGraph dataset, Map<String, Node> parameters) {
        return QueryExec.dataset(dataset).query(bind(parameters)).build();
    }

    @Override
    public String toString() { return name; }
}
