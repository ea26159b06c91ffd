package org.evaw.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.evaw.queries.Catalogue;
import org.evaw.queries.SavedQuery;

/**
 * {@link QueryLatency}'s loop in process, on a TDB2 store's union graph instead of through an
 * endpoint: for a store that no server is serving (a server rebuilds its search index on start,
 * minutes at 10^4 pages on a busy machine). Each saved query whose name matches, parameters at
 * their defaults, a paginated one's first page as the API reads it; results read to the end.
 * Prints name, rows, p50, p95 and max in milliseconds and the runs they are over: {@code reps}
 * runs after {@code warmup}, or fewer when a query has used its time budget.
 * <p>Usage: {@code StoreLatency DB reps warmup budget-seconds names-regex}.
 */
public final class StoreLatency {
    private StoreLatency() {}

    public static void main(String[] args) {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(args[0]);
        int reps = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        long budget = Long.parseLong(args[3]) * 1_000_000_000L;
        System.out.println("query\trows\tp50_ms\tp95_ms\tmax_ms\truns");
        for (SavedQuery saved : Catalogue.bundled().all()) {
            if (!saved.name().matches(args[4]))
                continue;
            Query bound = saved.bind(Map.of());
            // A ranked page reads its ranking's records first, in the page's transaction: timed with it.
            Function<Function<Query, RowSet>, Query> query = select -> saved.paginated() ? saved.page("1").narrow(bound, select) : bound;
            List<Double> times = new ArrayList<>();
            long start = System.nanoTime();
            long rows = 0;
            for (int i = 0; i < warmup + reps && (times.isEmpty() || System.nanoTime() - start < budget); i++) {
                long t0 = System.nanoTime();
                rows = run(store, query);
                // A query slower than half the budget is timed from its first run: there may be no other.
                if (i >= warmup || System.nanoTime() - start > budget / 2)
                    times.add((System.nanoTime() - t0) / 1e6);
            }
            double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%s\t%d\t%.1f\t%.1f\t%.1f\t%d%n", saved.name(), rows, sorted[(sorted.length - 1) / 2],
                    sorted[(int) Math.ceil(0.95 * sorted.length) - 1], sorted[sorted.length - 1], sorted.length);
        }
    }

    private static long run(DatasetGraph store, Function<Function<Query, RowSet>, Query> narrowed) {
        long[] rows = {0};
        Txn.executeRead(store, () -> {
            Query query = narrowed.apply(q -> {
                try (QueryExec exec = QueryExec.dataset(store).query(q).set(TDB2.symUnionDefaultGraph, true).build()) {
                    return exec.select().rewindable();
                }
            });
            try (QueryExec exec = QueryExec.dataset(store).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                exec.select().forEachRemaining(row -> rows[0]++);
            }
        });
        return rows[0];
    }
}
