package org.evaw.server.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/** The rows of a query on a store, with the store's own rewrite (as served) or ARQ's plain optimiser, in a read transaction. */
final class QueryRows {
    private QueryRows() {}

    static List<Binding> of(DatasetGraph store, Query query, boolean rewritten) {
        return of(store, UnaryOperator.identity(), query, rewritten);
    }

    /** The rows of {@code query} asked of {@code asked(store)}, a dataset made of the store inside the transaction. */
    static List<Binding> of(DatasetGraph store, UnaryOperator<DatasetGraph> asked, Query query, boolean rewritten) {
        return Txn.calculateRead(store, () -> {
            var builder = QueryExec.dataset(asked.apply(store)).query(query);
            if (!rewritten)
                builder.set(ARQConstants.sysOptimizerFactory, Optimize.stdOptimizationFactory);
            try (QueryExec exec = builder.build()) {
                List<Binding> rows = new ArrayList<>();
                exec.select().forEachRemaining(rows::add);
                return rows;
            }
        });
    }
}
