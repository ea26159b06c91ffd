package org.evaw.loader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.evaw.loader.manifest.BuildManifest;
import org.evaw.loader.read.Decompression;
import org.evaw.loader.read.LoadFailure;
import org.evaw.loader.read.RdfFileException;
import org.evaw.loader.read.RdfFiles;

/**
 * A build's N-Quads with its {@link BuildManifest}: only the graphs whose version the store does
 * not hold are read, each from its byte range (its own gzip member in a {@code .nq.gz}), and
 * replaced the way the store's own strategy writes ({@link GraphReplacer}); the others are left
 * as they are. After one page changes, a load reads and writes that page's graph alone. A file
 * without a manifest is not for this loader: it refuses the file.
 */
final class ChangedGraphsLoader extends FileByFileLoader {
    static final String NAME = "changed graphs";
    private final GraphReplacer writer;

    ChangedGraphsLoader(GraphStore store, GraphReplacer writer, LoadSettings settings) {
        super(store, settings);
        this.writer = writer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    LoadedFile loadFile(Path file) throws RdfFileException {
        BuildManifest manifest = BuildFiles.manifest(file).orElseThrow(() -> new RdfFileException(LoadFailure.of(file,
                "has no build manifest beside it (" + BuildManifest.of(file).getFileName() + ") that describes it")));
        Map<Node, String> versions = store.versions();
        List<BuildManifest.Entry> changed = manifest.entries().stream()
                .filter(e -> !e.version().equals(versions.get(NodeFactory.createURI(e.graph()))))
                .toList();
        int unchanged = manifest.entries().size() - changed.size();
        if (changed.isEmpty())
            return new LoadedFile(file, NAME, 0, unchanged, 0, true);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            List<GraphReplacer.Part> parts = changed.stream()
                    .map(e -> new GraphReplacer.Part(NodeFactory.createURI(e.graph()),
                            sink -> RdfFiles.streamNQuads(file, "graph <" + e.graph() + ">", range(file, channel, e), sink, settings.limits())))
                    .toList();
            GraphReplacer.Replaced done = writer.replace(file, parts);
            return new LoadedFile(file, NAME, done.graphs(), unchanged, done.quads(), done.summaryUpdated());
        } catch (IOException e) {
            throw new RdfFileException(LoadFailure.of(file, "cannot read: " + e.getMessage()), e);
        }
    }

    /** A graph's N-Quads, read from its byte range and, in a {@code .nq.gz}, inflated within the limits. */
    private byte[] range(Path file, FileChannel channel, BuildManifest.Entry e) throws RdfFileException {
        String part = "graph <" + e.graph() + ">";
        try {
            ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(e.length()));
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, e.offset() + buffer.position()) < 0)
                    throw new RdfFileException(LoadFailure.of(file, part + ": the file ends before the byte range its manifest states"));
            }
            if (!Gzip.named(file))
                return buffer.array();
            try (InputStream in = Decompression.gzip(new ByteArrayInputStream(buffer.array()), settings.limits())) {
                return in.readAllBytes();
            }
        } catch (org.evaw.loader.read.Refusal r) {
            throw new RdfFileException(LoadFailure.of(file, part + ": " + r.getMessage()), r);
        } catch (IOException | ArithmeticException x) {
            throw new RdfFileException(LoadFailure.of(file, part + ": cannot read its byte range: " + x.getMessage()), x);
        }
    }
}
