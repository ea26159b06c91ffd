package org.evaw.server;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Handler;
import org.evaw.ontology.iri.UriSpace;
import org.evaw.queries.Catalogue;
import org.evaw.search.SearchIndex;
import org.evaw.server.browse.ActivitiesServlet;
import org.evaw.server.search.SearchServlet;
import org.evaw.server.search.SuggestServlet;
import org.evaw.server.linkeddata.Describer;
import org.evaw.server.linkeddata.LinkedData;
import org.evaw.server.api.ChoicesServlet;
import org.evaw.server.api.ClasspathAssets;
import org.evaw.server.api.PageServlet;
import org.evaw.server.api.SavedQueryApi;
import org.evaw.server.http.AcceptOverride;
import org.evaw.server.http.ClientBudget;
import org.evaw.server.http.ClientTarpit;
import org.evaw.server.query.MemoryGuard;
import org.evaw.server.query.PublicQueryRewrite;
import org.evaw.server.query.RunningQueries;
import org.evaw.server.reconcile.ReconcileServlet;
import org.evaw.server.reconcile.StoreIndex;

/**
 * The evaw-kg server: an embedded Fuseki with one dataset, {@code /evaw}, exposing only the SPARQL
 * query service (at {@code /evaw/sparql} and {@code /evaw/query}), with a query timeout and a
 * row cap, over the union of the store's named graphs (also at {@value #SHORT_ENDPOINT}); a home page at {@code /}; the linked
 * data (see {@link LinkedData}): every IRI under the base dereferences; the reconciliation
 * service for spreadsheets at {@code /reconcile} (see {@link ReconcileServlet}); and search at
 * {@code /search} and {@code /suggest}, from the store's {@link SearchIndex}, built at start when
 * missing or stale; the activities by facets at {@code /activities} ({@link ActivitiesServlet}). No update, upload, Graph
 * Store Protocol or admin service is registered.
 *
 * <pre>EvawServer.create().port(3030).dataset(dsg).base(base).build().start();</pre>
 */
public final class EvawServer {
    public static final String DATASET = "/evaw";
    /**
     * The endpoint's short address, where SPARQL clients look first ({@code /sparql}, as DBpedia's
     * and Wikidata's): the same query service as {@code /evaw/sparql}, with the same limits.
     */
    public static final String SHORT_ENDPOINT = "/sparql";
    public static final long DEFAULT_TIMEOUT_MILLIS = 30_000;
    public static final long DEFAULT_MAX_ROWS = 10_000;
    public static final long DEFAULT_MAX_TRIPLES = 50_000;
    /**
     * How many rows an ORDER BY or DISTINCT holds in memory before it spills to disk (Jena's
     * {@code arq:spillToDiskThreshold}): a sort of the whole graph then costs disk and time, which
     * the timeout bounds, instead of the heap, whose exhaustion kills Jetty's own threads with it.
     * Jena writes a spill without looking at the query's cancel signal, so a query whose timeout
     * passes while it spills ends only once the spill is written: with 100 000 rows a sort of a
     * cross product with a 2 s timeout ended after 3.6 to 9.1 s on a loaded machine (load average
     * 21), with 10 000 after 2.1 to 3.5 s; a full sort of 50 000 rows cost about 10 % more CPU.
     */
    public static final long SPILL_TO_DISK_ROWS = 10_000;

    /** How long a client with more requests outstanding than it may run waits for each 429 ({@link ClientTarpit}). */
    public static final long TARPIT_MILLIS = 1_000;

    private final FusekiServer fuseki;
    private final RunningQueries running;
    private final SearchIndex search;
    private final DumpsDirectory dumps;
    private MemoryGuard memoryGuard;

    private EvawServer(FusekiServer fuseki, RunningQueries running, SearchIndex search, DumpsDirectory dumps) {
        this.fuseki = fuseki;
        this.running = running;
        this.search = search;
        this.dumps = dumps;
    }

    public static Builder create() {
        return new Builder();
    }

    public EvawServer start() {
        memoryGuard = new MemoryGuard(running, 0.85);
        fuseki.start();
        return this;
    }

    public void stop() {
        fuseki.stop();
        if (memoryGuard != null)
            memoryGuard.close();
        running.close();
        search.close();
        dumps.close();
    }

    /** Where the data dumps are written: the directory given, or one of the server's own, removed when it stops. */
    public Path dumpsDirectory() {
        return dumps.path();
    }

    /** How many public SPARQL queries are running now. */
    public int runningQueries() {
        return running.size();
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
        private String base = UriSpace.DEFAULT_BASE;
        private long timeoutMillis = DEFAULT_TIMEOUT_MILLIS;
        private long maxRows = DEFAULT_MAX_ROWS;
        private long maxTriples = DEFAULT_MAX_TRIPLES;
        private long concatChars = PublicQueryRewrite.DEFAULT_CONCAT_CHARS;
        private ClientBudget.Settings clientBudget = ClientBudget.DEFAULT;
        private Path dumps;
        private RequestLimits requestLimits = RequestLimits.DEFAULT;
        private int pageSize = Describer.DEFAULT_PAGE_SIZE;
        private long documentCacheBytes = LinkedData.DEFAULT_CACHE_BYTES;

        /** The port; 0 picks a free one. */
        public Builder port(int port) { this.port = port; return this; }

        /** Whether to listen on the loopback interface only (the default) or on all interfaces. */
        public Builder loopback(boolean loopback) { this.loopback = loopback; return this; }

        public Builder dataset(DatasetGraph dataset) { this.dataset = dataset; return this; }

        public Builder base(String base) { this.base = base; return this; }

        public Builder timeoutMillis(long timeoutMillis) { this.timeoutMillis = timeoutMillis; return this; }

        public Builder maxRows(long maxRows) { this.maxRows = maxRows; return this; }

        /** The most triples a CONSTRUCT or DESCRIBE returns (default {@value #DEFAULT_MAX_TRIPLES}; 0: no cap). */
        public Builder maxTriples(long maxTriples) { this.maxTriples = maxTriples; return this; }

        /** The most characters the GROUP_CONCATs of one query hold together (0: no cap). */
        public Builder concatChars(long concatChars) { this.concatChars = concatChars; return this; }

        /** What one client (address and User-Agent) may use: requests at once, seconds of query time a minute. */
        public Builder clientBudget(ClientBudget.Settings clientBudget) { this.clientBudget = clientBudget; return this; }

        /** How large a request line, headers and body may be (default {@link RequestLimits#DEFAULT}). */
        public Builder requestLimits(RequestLimits requestLimits) { this.requestLimits = requestLimits; return this; }

        /** How many resources linking to a resource one page of its document holds (default {@value Describer#DEFAULT_PAGE_SIZE}). */
        public Builder pageSize(int pageSize) { this.pageSize = pageSize; return this; }

        /** How many bytes of linked-data documents are kept as sent (default 64 MiB; 0 keeps none). */
        public Builder documentCacheBytes(long documentCacheBytes) { this.documentCacheBytes = documentCacheBytes; return this; }

        /** Where the data dumps are written on first request (default: a new temporary directory, removed on stop). */
        public Builder dumps(Path dumps) { this.dumps = dumps; return this; }

        public EvawServer build() {
            if (dataset == null)
                throw new IllegalStateException("no dataset to serve");
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            if (timeoutMillis > 0)
                dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            dataset.getContext().set(ARQ.spillToDiskThreshold, SPILL_TO_DISK_ROWS);
            QuerySandbox.applyTo(dataset.getContext());
            SearchIndex search = SearchIndex.open(dataset);
            PublicQueryRewrite.applyTo(dataset.getContext(), concatChars, Optional.of(search));
            RunningQueries running = new RunningQueries();
            UriSpace uris = new UriSpace(base);
            DataService service = DataService.newBuilder(dataset)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .build();
            // The dataset's own query endpoint ("" names the dataset's address): nothing but queries there either.
            DataService shortEndpoint = DataService.newBuilder(dataset).addEndpoint(Operation.Query, "").build();
            ClientBudget budget = new ClientBudget(clientBudget);
            ActivitiesServlet activities = new ActivitiesServlet(dataset, Optional.of(search), uris, timeoutMillis, maxRows);
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .registerOperation(Operation.Query, new CappedQueryService(maxRows, maxTriples, running))
                    .add(DATASET, service)
                    .add(SHORT_ENDPOINT, shortEndpoint)
                    .addFilter("/*", budget)
                    .addFilter(DATASET + "/*", new AcceptOverride())
                    .addFilter(SHORT_ENDPOINT, new AcceptOverride())
                    .addFilter("/*", new HomePage(dataset, base, DATASET, timeoutMillis, maxRows))
                    .addFilter(DATASET + "/*", new StreamedBodyLimit(requestLimits.bodyBytes()))
                    .addFilter(SHORT_ENDPOINT, new StreamedBodyLimit(requestLimits.bodyBytes()))
                    .addServlet("/api/*", new SavedQueryApi(Catalogue.bundled(), dataset, timeoutMillis, maxRows))
                    .addServlet("/choices/*", new ChoicesServlet(dataset, timeoutMillis))
                    .addServlet("/assets/*", ClasspathAssets.queryPages())
                    .addServlet("/queries", new PageServlet("/org/evaw/server/api/queries.html"))
                    .addServlet("/sparql-editor", new PageServlet("/org/evaw/server/api/editor.html"))
                    .addServlet("/reconcile/*", new ReconcileServlet(StoreIndex.of(dataset), base))
                    .addServlet("/search", new SearchServlet(search, uris))
                    .addServlet("/suggest", new SuggestServlet(search, uris))
                    .addServlet("/activities", activities)
                    .addServlet("/activities.csv", activities)
                    .enablePing(false)
                    .enableStats(false)
                    .enableMetrics(false)
                    .enableCompact(false)
                    .enableTasks(false);
            DumpsDirectory dumpsDirectory = dumps != null ? DumpsDirectory.given(dumps) : DumpsDirectory.temporary();
            LinkedData.create(dataset, base, dumpsDirectory.path(), pageSize, documentCacheBytes)
                    .addTo(fuseki, Set.of(DATASET + "/sparql", DATASET + "/query", SHORT_ENDPOINT));
            FusekiServer server = fuseki.build();
            requestLimits.applyTo(server.getJettyServer());
            // Inside the security headers, so that a delayed 429 carries them too.
            Handler.Wrapper outermost = (Handler.Wrapper) server.getJettyServer().getHandler();
            ClientTarpit tarpit = new ClientTarpit(budget, TARPIT_MILLIS);
            tarpit.setHandler(outermost.getHandler());
            outermost.setHandler(tarpit);
            ErrorPages.applyTo(server.getJettyServer());
            return new EvawServer(server, running, search, dumpsDirectory);
        }
    }
}
