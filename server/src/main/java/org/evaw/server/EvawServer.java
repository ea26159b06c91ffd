package org.evaw.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;

/**
 * The evaw-kg server: an embedded Fuseki with one dataset, {@code /evaw}, exposing only the SPARQL
 * query service (at {@code /evaw/sparql} and {@code /evaw/query}), with a query timeout and a
 * row cap, over the union of the store's named graphs; and a home page at {@code /}. No update,
 * upload, Graph Store Protocol or admin service is registered.
 *
 * <pre>EvawServer.create().port(3030).dataset(dsg).base(base).build().start();</pre>
 */
public final class EvawServer {
    public static final String DATASET = "/evaw";
    public static final long DEFAULT_TIMEOUT_MILLIS = 30_000;
    public static final long DEFAULT_MAX_ROWS = 10_000;

    private final FusekiServer fuseki;

    private EvawServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder create() {
        return new Builder();
    }

    public EvawServer start() {
        fuseki.start();
        return this;
    }

    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's root URL, such as {@code http://127.0.0.1:3030/}. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Builds an {@link EvawServer}; every option has a safe default. */
    public static final class Builder {
        private int port = 3030;
        private boolean loopback = true;
        private DatasetGraph dataset;
        private String base = "http://localhost:3030/";
        private long timeoutMillis = DEFAULT_TIMEOUT_MILLIS;
        private long maxRows = DEFAULT_MAX_ROWS;

        /** The port; 0 picks a free one. */
        public Builder port(int port) { this.port = port; return this; }

        /** Whether to listen on the loopback interface only (the default) or on all interfaces. */
        public Builder loopback(boolean loopback) { this.loopback = loopback; return this; }

        public Builder dataset(DatasetGraph dataset) { this.dataset = dataset; return this; }

        public Builder base(String base) { this.base = base; return this; }

        public Builder timeoutMillis(long timeoutMillis) { this.timeoutMillis = timeoutMillis; return this; }

        public Builder maxRows(long maxRows) { this.maxRows = maxRows; return this; }

        public EvawServer build() {
            if (dataset == null)
                throw new IllegalStateException("no dataset to serve");
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            if (timeoutMillis > 0)
                dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            DataService service = DataService.newBuilder(dataset)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .build();
            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .registerOperation(Operation.Query, new CappedQueryService(maxRows))
                    .add(DATASET, service)
                    .addFilter("/*", new HomePage(base, DATASET, timeoutMillis, maxRows))
                    .enablePing(false)
                    .enableStats(false)
                    .enableMetrics(false)
                    .enableCompact(false)
                    .enableTasks(false)
                    .build();
            return new EvawServer(fuseki);
        }
    }
}
