package org.evaw.server.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The data dumps of the whole graph, written into a directory the first time they are asked for,
 * on a thread of their own (minutes at 10^5 pages), and kept for the life of the server: the
 * server is read-only, so the store cannot change under them.
 */
public final class Dumps {
    /** The path the dumps are served under. */
    public static final String PATH = "/dumps/";

    private final DumpWriter writer;
    private final WrittenDumps written;

    Dumps(DatasetGraph dataset, PrefixMapping prefixes, Path dir) {
        this.writer = new DumpWriter(dataset, prefixes);
        this.written = new WrittenDumps(writer, dir);
    }

    /** Every dump, if they are written within {@code wait}; empty while they are still being written. */
    Optional<List<Dump>> within(Duration wait) {
        return written.within(wait);
    }

    /** Why each dump the server knows but {@code written} lacks was left out. */
    List<String> leftOut(List<Dump> written) {
        return writer.leftOut(written);
    }

    /** Why a dump of this name may be missing. */
    Optional<String> whyNotWritten(String fileName) {
        return writer.whyNotWritten(fileName);
    }

    private static final class WrittenDumps extends BuiltOnce<List<Dump>> {
        private final DumpWriter writer;
        private final Path dir;

        WrittenDumps(DumpWriter writer, Path dir) {
            this.writer = writer;
            this.dir = dir;
        }

        @Override
        protected List<Dump> build() {
            try {
                return List.copyOf(writer.writeAll(dir));
            } catch (IOException e) {
                throw new UncheckedIOException("writing the dumps into " + dir + " failed", e);
            }
        }
    }
}
