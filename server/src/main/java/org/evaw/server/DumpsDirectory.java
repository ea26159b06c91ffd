package org.evaw.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.io.file.PathUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a server writes its data dumps. A directory the caller gives is the caller's and outlives
 * the server ({@code serve} keeps its dumps beside the store, for the next start). Without one the
 * server makes a temporary directory and removes it when it stops: the dumps of the corpus are
 * about 7.5 MB, and every embedded server (each test's) that was asked for its VoID description
 * used to leave them in the temporary directory for good.
 */
final class DumpsDirectory implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DumpsDirectory.class);
    /** The dumps may still be written on their own thread when the server stops; a file made meanwhile is removed on a next try. */
    private static final int TRIES = 3;

    private final Path path;
    private final boolean owned;

    private DumpsDirectory(Path path, boolean owned) {
        this.path = path;
        this.owned = owned;
    }

    static DumpsDirectory given(Path path) {
        return new DumpsDirectory(path, false);
    }

    static DumpsDirectory temporary() {
        try {
            Path made = Files.createTempDirectory("evaw-kg-dumps");
            // For a server that is never stopped (or whose build fails after this): the JVM removes the directory at
            // exit if nothing was written into it, which is then the case.
            made.toFile().deleteOnExit();
            return new DumpsDirectory(made, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary directory for the dumps", e);
        }
    }

    Path path() {
        return path;
    }

    /** Removes the directory if the server made it; a directory it was given is left as it is. */
    @Override
    public void close() {
        if (!owned)
            return;
        IOException last = null;
        for (int i = 0; i < TRIES && Files.exists(path); i++) {
            try {
                PathUtils.deleteDirectory(path);
                return;
            } catch (IOException e) {
                last = e;
            }
        }
        if (last != null && Files.exists(path))
            LOG.warn("could not remove the server's temporary dumps directory {}: {}", path, last.toString());
    }
}
