package org.evaw.server.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The data dumps of the whole graph, written into a directory the first time they are asked for
 * and kept for the life of the server: the server is read-only, so the store cannot change under
 * them.
 */
public final class Dumps {
    /** The path the dumps are served under. */
    public static final String PATH = "/dumps/";

    private final DumpWriter writer;
    private final Path dir;
    private volatile List<Dump> dumps;

    Dumps(DatasetGraph dataset, PrefixMapping prefixes, Path dir) {
        this.writer = new DumpWriter(dataset, prefixes);
        this.dir = dir;
    }

    /** Every dump, written now if this is the first call. */
    public List<Dump> all() {
        List<Dump> result = dumps;
        if (result == null) {
            synchronized (this) {
                if (dumps == null) {
                    try {
                        dumps = List.copyOf(writer.writeAll(dir));
                    } catch (IOException e) {
                        throw new UncheckedIOException("writing the dumps into " + dir + " failed", e);
                    }
                }
                result = dumps;
            }
        }
        return result;
    }

    public Optional<Dump> byName(String fileName) {
        return all().stream().filter(d -> d.fileName().equals(fileName)).findFirst();
    }
}
