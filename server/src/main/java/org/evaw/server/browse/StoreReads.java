package org.evaw.server.browse;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.evaw.server.query.CancelledQuery;

/**
 * Runs the queries of one {@code /activities} request against the store, each with what is left of
 * the request's deadline, inside the caller's read transaction.
 */
final class StoreReads {
    private final DatasetGraph dataset;
    private final long timeoutMillis;

    StoreReads(DatasetGraph dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    /** The deadline of a request starting now. */
    long deadline() {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    }

    /**
     * Throws when the deadline has passed (for work done outside the store, such as counting in the index).
     *
     * @throws QueryCancelledException when it has
     */
    void check(long deadline) {
        if (timeoutMillis > 0 && deadline - System.nanoTime() <= 0)
            throw new QueryCancelledException();
    }

    /**
     * Each row of {@code query} to {@code each}.
     *
     * @throws QueryCancelledException when the deadline passes
     */
    void run(Query query, long deadline, Consumer<Binding> each) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (timeoutMillis > 0 && left <= 0)
            throw new QueryCancelledException();
        QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
        if (timeoutMillis > 0)
            builder = builder.timeout(left, TimeUnit.MILLISECONDS);
        try (QueryExec exec = builder.build()) {
            try {
                exec.select().forEachRemaining(row -> each.accept(row.detach()));
            } catch (RuntimeException failure) {
                throw CancelledQuery.failure(exec, failure);
            }
        }
    }

    /** A count's number; 0 when unbound. */
    static long number(org.apache.jena.graph.Node n) {
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }
}
