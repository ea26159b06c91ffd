package org.evaw.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryType;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.evaw.queries.Catalogue;
import org.evaw.queries.SavedQuery;

/**
 * Latency of every saved query (parameters at their defaults) through a SPARQL endpoint, as a
 * client sees it: results read to the end. A paginated query is measured as the API serves it by
 * default: its first page ({@code LIMIT size + 1}, the extra row telling whether a next page
 * exists). Prints one tab-separated line per query: name, rows (of the first page for a paginated
 * query), the page size or "-", p50, p95 and max in milliseconds, and the runs they are over:
 * {@code reps} runs after {@code warmup} runs, or fewer when a query has used its time budget
 * (a query of seconds would otherwise hold the run for many minutes).
 * <p>Usage: {@code QueryLatency URL [reps] [warmup] [budget seconds per query, default 60] [names, a regular
 * expression: only the saved queries whose names match]}.
 */
public final class QueryLatency {
    private QueryLatency() {}

    public static void main(String[] args) {
        String endpoint = args[0];
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long budget = (args.length > 3 ? Long.parseLong(args[3]) : 60) * 1_000_000_000L;
        String names = args.length > 4 ? args[4] : ".*";
        System.out.println("query\trows\tpage_size\tp50_ms\tp95_ms\tmax_ms\truns");
        for (SavedQuery saved : Catalogue.bundled().all()) {
            if (!saved.name().matches(names))
                continue;
            Query bound = saved.bind(Map.of());
            // A ranked page reads its ranking's records first: timed with the page, as a user waits for both.
            Supplier<Query> query = saved.paginated() ? () -> saved.page("1").narrow(bound, q -> select(endpoint, q)) : () -> bound;
            String pageSize = saved.paginated() ? Integer.toString(saved.pagination()) : "-";
            long rows = 0;
            List<Double> times = new ArrayList<>();
            long start = System.nanoTime();
            try {
                for (int i = 0; i < warmup && System.nanoTime() - start < budget / 4; i++)
                    rows = run(endpoint, query.get());
                for (int i = 0; i < reps && (times.isEmpty() || System.nanoTime() - start < budget); i++) {
                    long t0 = System.nanoTime();
                    rows = run(endpoint, query.get());
                    times.add((System.nanoTime() - t0) / 1e6);
                }
            } catch (RuntimeException e) {
                // A query that fails (the server's timeout, most likely) is reported once, not run again.
                System.out.printf(Locale.ROOT, "%s\terror\t%s\t%s\t\t\t%n", saved.name(), pageSize, e.getMessage().replaceAll("\\s+", " "));
                continue;
            }
            double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (saved.paginated())
                rows = Math.min(rows, saved.pagination());
            System.out.printf(Locale.ROOT, "%s\t%d\t%s\t%.1f\t%.1f\t%.1f\t%d%n", saved.name(), rows, pageSize,
                    percentile(sorted, 0.50), percentile(sorted, 0.95), sorted[sorted.length - 1], sorted.length);
        }
    }

    private static RowSet select(String endpoint, Query query) {
        try (QueryExec exec = QueryExecHTTP.newBuilder().endpoint(endpoint).query(query).build()) {
            return exec.select().rewindable();
        }
    }

    private static long run(String endpoint, Query query) {
        try (QueryExec exec = QueryExecHTTP.newBuilder().endpoint(endpoint).query(query).build()) {
            if (query.queryType() == QueryType.SELECT) {
                long[] n = {0};
                exec.select().forEachRemaining(b -> n[0]++);
                return n[0];
            }
            if (query.queryType() == QueryType.ASK)
                return exec.ask() ? 1 : 0;
            return query.queryType() == QueryType.DESCRIBE ? exec.describe().size() : exec.construct().size();
        }
    }

    /** The nearest-rank percentile. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

}
