package org.evaw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.evaw.loader.TdbGraphStore;
import org.evaw.search.SearchIndex;
import org.evaw.server.EvawServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load} keeps the search index in step with the store, as users run it: two loads in JVMs
 * of their own, the second replacing a page graph, then a server on the store asked over HTTP.
 */
class SearchLoadIT {
    @TempDir
    Path work;

    private static String fixture(String name) throws Exception {
        return Path.of(SearchLoadIT.class.getResource("search/" + name).toURI()).toString();
    }

    @Test
    void aLoadThatReplacesAGraphUpdatesTheIndex() throws Exception {
        Path db = work.resolve("db");
        Child first = Child.run(work, "load-store", 120, "load", "--db", db.toString(), fixture("store.trig"));
        assertEquals(0, first.exitCode(), first.err());
        Child second = Child.run(work, "load-page", 120, "load", "--db", db.toString(), fixture("replaced-page.trig"));
        assertEquals(0, second.exitCode(), second.err());

        TdbGraphStore store = new TdbGraphStore(db);
        try {
            // In step before the server opens it: the load brought it up to date, not a rebuild at start.
            assertTrue(SearchIndex.isCurrent(store.dataset()), "the index records the store's present state");
            EvawServer server = EvawServer.create().port(0).dataset(store.dataset()).dumps(work.resolve("dumps")).build().start();
            try {
                assertTrue(search(server, "trafficking").contains("\"passagesFound\":0"), "the old text is gone");
                String now = search(server, "\"forced marriage\"");
                assertTrue(now.contains("\"passagesFound\":1"), now);
                assertTrue(now.contains("<mark>forced marriage</mark>"), now);
            } finally {
                server.stop();
            }
        } finally {
            TDBInternal.expel(store.dataset(), true);
        }
    }

    private static String search(EvawServer server, String q) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()
                + "search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }
}
