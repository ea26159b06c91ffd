package org.evaw.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server without a dumps directory of its own writes its dumps into a temporary directory and
 * removes it when it stops; a directory it is given is kept for the next start.
 */
class DumpsDirectoryIT {
    @TempDir
    static Path dir;
    private static DatasetGraph store;

    @BeforeAll
    static void loadCorpus() {
        store = CorpusStore.create(dir.resolve("tdb2"));
    }

    /** Asks for the dumps page until the dumps are written (503 while they are), and says how it ended. */
    private static int dumpsWritten(EvawServer server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "dumps/")).header("Accept", "text/html").build();
        int status = 0;
        for (int i = 0; i < 12; i++) {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 503)
                return status;
        }
        return status;
    }

    private static long filesIn(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    @Test
    void aTemporaryDumpsDirectoryIsRemovedWhenTheServerStops() throws Exception {
        EvawServer server = EvawServer.create().port(0).dataset(store).build().start();
        Path dumps = server.dumpsDirectory();
        try {
            assertEquals(200, dumpsWritten(server));
            assertTrue(filesIn(dumps) >= 3, "the dumps are written into " + dumps);
        } finally {
            server.stop();
        }
        assertFalse(Files.exists(dumps), "left behind: " + dumps);
    }

    @Test
    void aDumpsDirectoryGivenIsKept() throws Exception {
        Path given = dir.resolve("given-dumps");
        EvawServer server = EvawServer.create().port(0).dataset(store).dumps(given).build().start();
        try {
            assertEquals(200, dumpsWritten(server));
        } finally {
            server.stop();
        }
        assertTrue(filesIn(given) >= 3, "kept: " + given);
    }
}
