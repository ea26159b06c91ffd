package org.evaw.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.evaw.loader.LoadReport;
import org.evaw.loader.LoadSettings;
import org.evaw.loader.LoaderFactory;
import org.evaw.loader.TdbGraphStore;
import org.evaw.loader.manifest.BuildManifest;
import org.evaw.mapping.Corpus;
import org.evaw.pipeline.PageMapping;
import org.evaw.pipeline.corpus.BuildSummary;
import org.evaw.pipeline.corpus.CorpusBuild;
import org.evaw.server.EvawServer;
import org.evaw.server.http.ClientBudget;
import org.evaw.server.linkeddata.LinkedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: publishes the store with a read-only Fuseki. On first start, when the store is
 * empty, it is built from the corpus; later starts reuse it.
 */
@Command(name = "serve",
        description = "Serve the graph: read-only SPARQL 1.1 at /evaw/sparql, a home page at /, and linked data: "
                + "every IRI under the base dereferences (/id/... by 303 to /page/...), the ontology at /ontology, "
                + "VoID at /.well-known/void, dumps under /dumps/ (written into DIR/dumps). "
                + "An empty store is first built from the corpus.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port = 3030;

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database directory (default: run/tdb2 in the evaw-kg home).")
    Path db;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Pages to build an empty store from (default: the bundled corpus).")
    Path corpus;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = EvawServer.DEFAULT_TIMEOUT_MILLIS / 1000;

    @Option(names = "--max-rows", paramLabel = "N", description = "Most rows a SELECT returns (default: ${DEFAULT-VALUE}).")
    long maxRows = EvawServer.DEFAULT_MAX_ROWS;

    @Option(names = "--max-triples", paramLabel = "N",
            description = "Most triples a CONSTRUCT or DESCRIBE returns (default: ${DEFAULT-VALUE}; 0: no cap).")
    long maxTriples = EvawServer.DEFAULT_MAX_TRIPLES;

    @Option(names = "--client-concurrency", paramLabel = "N",
            description = "Most requests one client (address and User-Agent) may have running at once; more are answered "
                    + "429 with Retry-After (default: half the cores, here ${DEFAULT-VALUE}; 0: no limit).")
    int clientConcurrency = ClientBudget.DEFAULT.concurrent();

    @Option(names = "--client-seconds", paramLabel = "SECONDS",
            description = "Seconds of query time one client may use a minute; past it, 429 with Retry-After until the "
                    + "budget refills (default: ${DEFAULT-VALUE}; 0: no limit).")
    long clientSecondsPerMinute = ClientBudget.DEFAULT.secondsPerMinute();

    @Option(names = "--document-cache", paramLabel = "MB",
            description = "Megabytes of linked-data documents kept as sent, so that dereferencing again costs no query "
                    + "(default: ${DEFAULT-VALUE}; 0 keeps none).")
    long documentCacheMb = LinkedData.DEFAULT_CACHE_BYTES / (1024 * 1024);

    @Option(names = "--public", description = "Listen on all interfaces, not only on loopback.")
    boolean publicAccess;

    @Mixin
    BaseOption base;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path dir = db != null ? db : Home.database();
        Files.createDirectories(dir);
        TdbGraphStore store = new TdbGraphStore(dir);
        if (store.isEmpty())
            buildInto(store, dir, err);
        EvawServer server = EvawServer.create()
                .port(port)
                .loopback(!publicAccess)
                .dataset(store.dataset())
                .base(base.minter().base())
                .timeoutMillis(timeoutSeconds * 1000)
                .maxRows(maxRows)
                .maxTriples(maxTriples)
                .clientBudget(new ClientBudget.Settings(clientConcurrency, clientSecondsPerMinute))
                .documentCacheBytes(documentCacheMb * 1024 * 1024)
                .dumps(dir.resolve("dumps"))
                .build()
                .start();
        err.println("evaw-kg serve: serving http://localhost:" + server.port() + "/ (SPARQL at http://localhost:"
                + server.port() + EvawServer.DATASET + "/sparql)");
        err.flush();
        server.join();
        return 0;
    }

    /**
     * Builds the corpus into an empty store the way {@code build} and {@code load} do (pages mapped
     * on all cores, then Jena's bulk loader), through a build file beside the store that is deleted
     * once loaded.
     */
    private void buildInto(TdbGraphStore store, Path dir, PrintWriter err) throws Exception {
        Path pages = corpus != null ? corpus : Home.corpus();
        err.println("evaw-kg serve: building the store " + dir + " from " + pages);
        List<Path> files = Corpus.pages(pages);
        Path built = Files.createTempFile(dir.toAbsolutePath().getParent(), "evaw-kg-serve-", ".nq.gz");
        try {
            BuildSummary summary;
            try (Progress progress = Progress.start("build", files.size(), err)) {
                summary = CorpusBuild.create(new PageMapping(base.mapper())).full(true)
                        .version(new Version().getVersion()[0]).build().run(files, built, progress::step);
            }
            summary.failures().forEach(f -> err.println("evaw-kg serve: " + f));
            LoadReport loaded = LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(built));
            loaded.failures().forEach(f -> err.println("evaw-kg serve: " + f.message()));
            err.println("evaw-kg serve: " + summary.oneLine());
            err.flush();
        } finally {
            Files.deleteIfExists(built);
            Files.deleteIfExists(BuildManifest.of(built));
        }
    }
}
