package org.evaw.pipeline.corpus;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.evaw.loader.Gzip;

/**
 * A build into a {@link StreamRDF}: a sink of the caller's, or Jena's writer of a quads syntax
 * (TriG, ...) onto a file, gzipped if its name ends in {@code .gz}, written beside the target and
 * moved into place when complete. Every page is mapped: nothing is reused.
 */
final class StreamOutput implements BuildOutput<Graph> {
    private final StreamRDF sink;
    private final OutputStream file;
    private final Path partial, target;
    private boolean committed;

    private StreamOutput(StreamRDF sink, OutputStream file, Path partial, Path target) {
        this.sink = sink;
        this.file = file;
        this.partial = partial;
        this.target = target;
        sink.start();
    }

    /** Into the caller's sink, which hears start and finish. */
    static StreamOutput of(StreamRDF sink) {
        return new StreamOutput(sink, null, null, null);
    }

    /** Into a file of the given quads syntax. */
    static StreamOutput file(Path target, Lang lang) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".part");
        try {
            OutputStream os = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20);
            if (Gzip.named(target))
                os = new GZIPOutputStream(os, 1 << 16);
            return new StreamOutput(StreamRDFWriter.getWriterStream(os, lang), os, partial, absolute);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    @Override
    public Optional<Chunk<Graph>> reusedPage(String page, String version) {
        return Optional.empty();
    }

    @Override
    public Optional<Chunk<Graph>> reusedGraph(String graph, String version) {
        return Optional.empty();
    }

    @Override
    public Chunk<Graph> encode(Node name, Graph graph, String version, String page) {
        return new Chunk<>(name.getURI(), version, page, graph, graph.size() + 1L);
    }

    @Override
    public void write(Chunk<Graph> chunk) {
        Node name = NodeFactory.createURI(chunk.graph());
        sink.quad(Quad.create(name, name, CorpusBuild.VERSION, NodeFactory.createLiteralString(chunk.version())));
        chunk.content().find().forEachRemaining(t -> sink.quad(Quad.create(name, t)));
    }

    @Override
    public void commit() throws IOException {
        sink.finish();
        if (file != null) {
            file.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (committed || file == null)
            return;
        try {
            file.close();
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
