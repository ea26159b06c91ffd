package org.evaw.pipeline.corpus;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
import org.apache.jena.sparql.core.Quad;
import org.evaw.loader.Gzip;
import org.evaw.loader.manifest.BuildFileEnds;
import org.evaw.loader.manifest.BuildManifest;

/**
 * A build's N-Quads file, incremental: between an opening and a closing line ({@link BuildFileEnds},
 * by which a load without the manifest still tells a file cut short), each graph in one piece (one
 * gzip member if the file's name ends in {@code .gz}), its version statement first, and a {@link BuildManifest} beside the file
 * that records every graph's version and byte range, so that the next build copies the graphs of
 * unchanged pages instead of mapping them again, and a load replaces only what changed. The file
 * is written beside the target and moved into place when complete.
 */
final class NQuadsOutput implements BuildOutput<byte[]> {
    private final Path target;
    private final String fingerprint;
    private final boolean gzip;
    private final Map<String, BuildManifest.Entry> previousPages;
    private final Map<String, BuildManifest.Entry> previousGraphs = new HashMap<>();
    private final FileChannel previousFile;
    private final Path partial;
    private final OutputStream os;
    private final List<BuildManifest.Entry> entries = new ArrayList<>();
    private long offset;
    private boolean committed;

    private NQuadsOutput(Path target, String fingerprint, Optional<BuildManifest> previous) throws IOException {
        this.target = target;
        this.fingerprint = fingerprint;
        this.gzip = Gzip.named(target);
        this.previousPages = previous.map(BuildManifest::byPage).orElse(Map.of());
        previous.ifPresent(m -> m.entries().stream().filter(e -> e.page().equals("-")).forEach(e -> previousGraphs.put(e.graph(), e)));
        Files.createDirectories(target.getParent());
        this.partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        FileChannel channel = null;
        try {
            channel = previous.isPresent() ? FileChannel.open(target, StandardOpenOption.READ) : null;
            this.os = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20);
        } catch (IOException | RuntimeException e) {
            if (channel != null)
                channel.close();
            Files.deleteIfExists(partial);
            throw e;
        }
        this.previousFile = channel;
        writeLine(BuildFileEnds.openingLine());
    }

    /** A line outside every graph (its own gzip member in a {@code .nq.gz}). */
    private void writeLine(String line) throws IOException {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        byte[] content = gzip ? Gzip.member(bytes) : bytes;
        os.write(content);
        offset += content.length;
    }

    /**
     * An output to {@code target}; unless {@code full}, the graphs of the previous build of the same
     * fingerprint (as its manifest describes them) are reused where their versions match.
     */
    static NQuadsOutput open(Path target, String fingerprint, boolean full) throws IOException {
        Path absolute = target.toAbsolutePath();
        Optional<BuildManifest> previous = full ? Optional.empty()
                : BuildManifest.readFor(absolute).filter(m -> m.fingerprint().equals(fingerprint));
        return new NQuadsOutput(absolute, fingerprint, previous);
    }

    @Override
    public Optional<Chunk<byte[]>> reusedPage(String page, String version) throws IOException {
        return reused(previousPages.get(page), version);
    }

    @Override
    public Optional<Chunk<byte[]>> reusedGraph(String graph, String version) throws IOException {
        return reused(previousGraphs.get(graph), version);
    }

    // The previous file is read by position, so any number of threads may read it at once.
    private Optional<Chunk<byte[]>> reused(BuildManifest.Entry e, String version) throws IOException {
        if (e == null || previousFile == null || !e.version().equals(version))
            return Optional.empty();
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(e.length()));
        while (buffer.hasRemaining()) {
            if (previousFile.read(buffer, e.offset() + buffer.position()) < 0)
                throw new IOException("previous build is shorter than its manifest says");
        }
        return Optional.of(new Chunk<>(e.graph(), version, e.page(), buffer.array(), e.quads()));
    }

    @Override
    public Chunk<byte[]> encode(Node name, Graph graph, String version, String page) {
        byte[] nquads = nquads(name, graph, version);
        return new Chunk<>(name.getURI(), version, page, gzip ? Gzip.member(nquads) : nquads, graph.size() + 1L);
    }

    /** A graph as N-Quads, its version statement first. */
    static byte[] nquads(Node name, Graph graph, String version) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(graph.size() * 160 + 200);
        // What StreamRDFWriter.getWriterStream(bytes, Lang.NQUADS) makes, each IRI formatted once.
        StreamRDF writer = new WriterStreamRDFPlain(IO.wrapUTF8(bytes), new RepeatedIris());
        writer.start();
        writer.quad(Quad.create(name, name, CorpusBuild.VERSION, NodeFactory.createLiteralString(version)));
        graph.find().forEachRemaining(t -> writer.quad(Quad.create(name, t)));
        writer.finish();
        return bytes.toByteArray();
    }

    @Override
    public void write(Chunk<byte[]> chunk) throws IOException {
        os.write(chunk.content());
        entries.add(new BuildManifest.Entry(chunk.graph(), chunk.version(), offset, chunk.content().length, chunk.quads(), chunk.page()));
        offset += chunk.content().length;
    }

    @Override
    public void commit() throws IOException {
        writeLine(BuildFileEnds.closingLine(entries.size(), entries.stream().mapToLong(BuildManifest.Entry::quads).sum()));
        os.close();
        if (previousFile != null)
            previousFile.close();
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        new BuildManifest(fingerprint, offset, List.copyOf(entries)).writeFor(target);
    }

    @Override
    public void close() throws IOException {
        if (committed)
            return;
        try (OutputStream unfinished = os; FileChannel previous = previousFile) {
            // Both closed by the try; the partial file is then deleted.
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
