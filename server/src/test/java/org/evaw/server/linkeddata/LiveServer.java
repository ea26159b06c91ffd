package org.evaw.server.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.evaw.loader.TdbGraphStore;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.server.CorpusStore;
import org.evaw.server.EvawServer;

/**
 * The server the linked-data tests talk to: the bundled corpus, plus {@code hostile-labels.ttl},
 * in a TDB2 store, served on a free loopback port with the default base. Its IRIs say
 * {@code http://localhost:3030/} while it listens elsewhere, as a server behind a proxy would.
 * Started once for the test run and stopped when the JVM ends.
 */
final class LiveServer {
    static final String BASE = IriMinter.DEFAULT_BASE;
    static final String HOSTILE_AGENCY = BASE + "id/agency/script-test";
    /** The page size of {@link #paged}: small, so that the bundled corpus has documents of several pages. */
    static final int SMALL_PAGE = 3;

    private static LiveServer instance;

    final EvawServer server;
    /** A second server on the same store whose documents hold {@link #SMALL_PAGE} resources linking in per page. */
    final EvawServer paged;
    final TdbGraphStore store;
    final Path dir;

    private LiveServer() throws IOException {
        dir = Files.createTempDirectory("evaw-kg-linked-data-test");
        store = new TdbGraphStore(dir.resolve("tdb2"));
        CorpusStore.load(Path.of("../corpus"), IriMinter.defaultBase(), store);
        store.replace(NodeFactory.createURI(BASE + "graph/hostile-fixture"),
                RDFParser.source(LiveServer.class.getResource("hostile-labels.ttl").toString()).toGraph());
        server = EvawServer.create().port(0).dataset(store.dataset()).base(BASE).dumps(dir.resolve("dumps")).build().start();
        paged = EvawServer.create().port(0).dataset(store.dataset()).base(BASE).pageSize(SMALL_PAGE)
                .dumps(dir.resolve("dumps-paged")).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    static synchronized LiveServer get() {
        if (instance == null) {
            try {
                instance = new LiveServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The server's root URL, such as {@code http://127.0.0.1:41234/}. */
    String url() { return server.url(); }

    /** A URL on this server for a path such as {@code /id/agency/unodc}. */
    String url(String path) { return url() + path.substring(1); }

    /** An HTTP client that reports redirects rather than following them. */
    static HttpResponse<byte[]> get(String url, String... headers) {
        return send(HttpClient.Redirect.NEVER, "GET", url, headers);
    }

    /** An HTTP client that follows redirects, as a browser or an RDF library does. */
    static HttpResponse<byte[]> follow(String url, String... headers) {
        return send(HttpClient.Redirect.NORMAL, "GET", url, headers);
    }

    static HttpResponse<byte[]> send(HttpClient.Redirect redirect, String method, String url, String... headers) {
        HttpClient http = HttpClient.newBuilder().followRedirects(redirect).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0)
            request.headers(headers);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void stop() {
        server.stop();
        paged.stop();
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is not worth failing a finished run for
        }
    }
}
