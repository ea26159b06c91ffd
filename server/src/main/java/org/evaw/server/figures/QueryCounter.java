package org.evaw.server.figures;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.evaw.ontology.sparql.QueryFiles;

/**
 * Counts any dataset's figures with the SPARQL queries beside this class, which state the union
 * of the named graphs themselves (only TDB2 serves it as the default graph). They run without a
 * request's time limit ({@link #LIMIT} instead): the server counts once, on a thread of its own.
 */
final class QueryCounter implements FigureCounter {
    /** How long each query may run: far past a request's limit, not for ever. */
    static final Duration LIMIT = Duration.ofHours(1);
    private static final Query TOTALS = QueryFiles.query(QueryCounter.class, "totals.rq");
    private static final Query ENTITIES = QueryFiles.query(QueryCounter.class, "entities.rq");
    private static final Query CLASSES = QueryFiles.query(QueryCounter.class, "classes.rq");
    private static final Query GRAPHS = QueryFiles.query(QueryCounter.class, "graphs.rq");
    private static final Query LANGUAGES = QueryFiles.query(QueryCounter.class, "languages.rq");

    @Override
    public DatasetFigures count(DatasetGraph dataset, String uriSpace) {
        return Txn.calculateRead(dataset, () -> {
            long[] totals = new long[4];
            select(dataset, TOTALS, row -> {
                totals[0] = number(row, "triples");
                totals[1] = number(row, "subjects");
                totals[2] = number(row, "properties");
                totals[3] = number(row, "objects");
            });
            long[] entities = new long[1];
            Query inSpace = QueryTransformOps.replaceVars(ENTITIES, Map.of(Var.alloc("uriSpace"), NodeFactory.createLiteralString(uriSpace)));
            select(dataset, inSpace, row -> entities[0] = number(row, "entities"));
            Map<Node, Long> classes = new HashMap<>();
            select(dataset, CLASSES, row -> classes.put(row.get("class"), number(row, "instances")));
            Map<Node, Long> sizes = new HashMap<>();
            Map<Node, Set<Node>> documents = new HashMap<>();
            select(dataset, GRAPHS, row -> {
                sizes.put(row.get("graph"), number(row, "triples"));
                Set<Node> held = documents.computeIfAbsent(row.get("graph"), g -> new HashSet<>());
                if (row.get("document") != null)
                    held.add(row.get("document"));
            });
            Map<Node, DatasetFigures.NamedGraphFigures> graphs = new HashMap<>();
            sizes.forEach((graph, size) -> graphs.put(graph, new DatasetFigures.NamedGraphFigures(size, documents.get(graph))));
            Map<String, Long> labels = new HashMap<>();
            select(dataset, LANGUAGES, row -> labels.put(row.get("language").getLiteralLexicalForm(), number(row, "labels")));
            return new DatasetFigures(totals[0], totals[1], totals[2], totals[3], entities[0], classes, graphs, labels);
        });
    }

    private static void select(DatasetGraph dataset, Query query, Consumer<Binding> each) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).timeout(LIMIT.toMillis(), TimeUnit.MILLISECONDS).build()) {
            exec.select().forEachRemaining(each);
        }
    }

    private static long number(Binding row, String variable) {
        return Long.parseLong(row.get(variable).getLiteralLexicalForm());
    }
}
