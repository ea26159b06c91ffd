package org.evaw.loader.read;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.snappy.SnappyCompressorInputStream;

/**
 * Opens a file as the bytes it holds, undoing the compression its name says ({@code .gz},
 * {@code .bz2}, {@code .sz}, as Jena's {@code IO.openFileEx} does), within {@link ReadLimits}: gzip
 * through {@link GzipMembers}, strictly; the others counted the same way, as one part.
 */
public final class Decompression {
    private Decompression() {}

    /** Whether the file's name says it is compressed. */
    public static boolean compressed(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".gz") || name.endsWith(".bz2") || name.endsWith(".sz");
    }

    public static InputStream open(Path file, ReadLimits limits) throws IOException {
        String name = file.getFileName().toString();
        InputStream raw = Files.newInputStream(file);
        try {
            if (name.endsWith(".gz"))
                return new BufferedInputStream(new GzipMembers(raw, limits), 1 << 16);
            if (name.endsWith(".bz2")) {
                Counting counted = new Counting(raw);
                return new BufferedInputStream(new Bounded(new BZip2CompressorInputStream(counted, true), counted, limits), 1 << 16);
            }
            if (name.endsWith(".sz")) {
                Counting counted = new Counting(new BufferedInputStream(raw, 1 << 16));
                return new BufferedInputStream(new Bounded(new SnappyCompressorInputStream(counted), counted, limits), 1 << 16);
            }
            return new BufferedInputStream(raw, 1 << 16);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Gzip bytes (members, such as a graph's byte range of a build), inflated within the limits. */
    public static InputStream gzip(InputStream members, ReadLimits limits) {
        return new GzipMembers(members, limits);
    }

    /** Counts the compressed bytes read. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0)
                count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0)
                count += n;
            return n;
        }
    }

    /** Holds what a decompressor gives to the limits, the compressed size being what it has read. */
    private static final class Bounded extends FilterInputStream {
        private final Counting compressed;
        private final InflationLimit limit;

        Bounded(InputStream inflating, Counting compressed, ReadLimits limits) {
            super(inflating);
            this.compressed = compressed;
            this.limit = new InflationLimit(limits);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0)
                limit.inflated(1, limit.inflated() + 1, compressed.count, compressed.count);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0)
                limit.inflated(n, limit.inflated() + n, compressed.count, compressed.count);
            return n;
        }
    }
}
