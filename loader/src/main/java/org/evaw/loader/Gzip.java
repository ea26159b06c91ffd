package org.evaw.loader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip members, one per named graph, for builds written to {@code .nq.gz}. RFC 1952 lets a file be
 * a series of members and every gzip reader (Jena's, {@code zcat}, {@link GZIPInputStream}) reads
 * them as one stream, so the file is an ordinary {@code .nq.gz}; and because each graph is its own
 * member, a graph's byte range can still be copied or read on its own.
 */
public final class Gzip {
    private Gzip() {}

    /** Whether a file name says gzip. */
    public static boolean named(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }

    /**
     * One gzip member holding {@code bytes}, at the fastest level: N-Quads still shrink about
     * tenfold, and a build compresses every graph it writes.
     */
    public static byte[] member(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 8 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16) {
            { def.setLevel(Deflater.BEST_SPEED); }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** The bytes one or more gzip members hold. */
    public static byte[] unpack(byte[] members) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(members), 1 << 16)) {
            return in.readAllBytes();
        }
    }
}
