package org.evaw.loader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.evaw.loader.manifest.BuildManifest;

/**
 * Loads quad files (N-Quads, TriG) into a {@link GraphStore} streaming, without holding a file in
 * memory, and replaces each named graph the file holds:
 * <ul>
 * <li>a build's file with its {@link BuildManifest}: only the graphs whose version the store does not
 *     hold are read (by byte range) and replaced;</li>
 * <li>TDB2, none of the file's graphs in the store yet: Jena's phased bulk loader, after a checking
 *     pass (a bulk load cannot be rolled back);</li>
 * <li>TDB2 otherwise: one write transaction per file, each graph removed when the stream first
 *     reaches it; a bad file aborts the transaction;</li>
 * <li>a SPARQL store: a checking pass, then one Graph Store Protocol {@code PUT} per graph.</li>
 * </ul>
 * Triple files, and files whose triples lie outside any graph, go through {@link GraphLoader}.
 * After a load that changed a graph, the {@link SummaryGraph} is computed again: in TDB2, inside
 * the transaction that replaced the graphs, so no reader sees the new graphs with the old summary.
 */
public final class StoreLoader {
    private final GraphStore store;
    private final Node defaultTarget;

    public StoreLoader(GraphStore store, Node defaultTarget) {
        this.store = store;
        this.defaultTarget = defaultTarget;
    }

    /** What a load did: graphs replaced, graphs left as they were (same version), quads written, files refused. */
    public record Summary(int graphs, int unchanged, long quads, List<String> failures) {
        public String oneLine() {
            return String.format("%d graphs replaced, %d quads loaded, %d files failed", graphs, quads, failures.size())
                    + (unchanged > 0 ? ", " + unchanged + " graphs unchanged" : "");
        }
    }

    public Summary load(List<Path> files, Consumer<String> onGraph) {
        try {
            return loadAll(files, onGraph);
        } catch (InternalError | RuntimeException e) {
            // A full disk surfaces in many forms (see StoreWriteException); each is said for what it is.
            if (StoreWriteException.fromDisk(e))
                throw StoreWriteException.of(store, e);
            throw e;
        }
    }

    private Summary loadAll(List<Path> files, Consumer<String> onGraph) {
        int graphs = 0, unchanged = 0;
        long quads = 0;
        boolean summaryStale = false;
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                Done done = loadFile(file, onGraph, failures);
                summaryStale |= done.graphs > 0 && !done.summarised;
                graphs += done.graphs;
                unchanged += done.unchanged;
                quads += done.quads;
            } catch (RdfFileException e) {
                failures.add(e.getMessage());
            }
        }
        // A store loaded before summaries existed, or by other means, or with an older summary.rq
        // gets a new summary on its next load.
        if (summaryStale || SummaryGraph.stale(store))
            SummaryGraph.refresh(store);
        return new Summary(graphs, unchanged, quads, List.copyOf(failures));
    }

    /**
     * Loads one file: a quad file whole or, with its build manifest, only its changed graphs; triples,
     * and quads with triples outside any graph, graph by graph through {@link GraphLoader}, whose
     * failures are added to {@code failures}.
     */
    private Done loadFile(Path file, Consumer<String> onGraph, List<String> failures) throws RdfFileException {
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang != null && RDFLanguages.isQuads(lang)) {
            Optional<BuildManifest> manifest = lang.equals(Lang.NQUADS) ? BuildManifest.readFor(file) : Optional.empty();
            Done done = manifest.isPresent() ? loadChanged(file, manifest.get(), onGraph) : loadWhole(file, onGraph);
            if (done != null)
                return done;
        }
        GraphLoader.Summary s = new GraphLoader(store, defaultTarget).load(List.of(file), onGraph);
        failures.addAll(s.failures());
        return new Done(s.graphs(), 0, s.quads(), false);
    }

    /** What one file did; {@code summarised} when the summary graph was refreshed in the same transaction. */
    private record Done(int graphs, int unchanged, long quads, boolean summarised) {
        Done(int graphs, int unchanged, long quads) {
            this(graphs, unchanged, quads, false);
        }
    }

    /** A whole quad file, or {@code null} when it must go through {@link GraphLoader} (triples outside graphs). */
    private Done loadWhole(Path file, Consumer<String> onGraph) throws RdfFileException {
        if (store instanceof TdbGraphStore tdb) {
            DatasetGraph ds = tdb.dataset();
            Set<Node> existing = tdb.graphNames();
            if (existing.isEmpty()) {
                Scan scan = scan(file);
                if (scan.defaultTriples)
                    return null;
                bulkLoad(ds, file);
                scan.graphs.forEach(g -> onGraph.accept(g.getURI()));
                return new Done(scan.graphs.size(), 0, scan.quads);
            }
            Set<Node> seen = new LinkedHashSet<>();
            long[] quads = {0};
            boolean[] defaultTriples = {false};
            try {
                Txn.executeWrite(ds, () -> {
                    try {
                        RdfFiles.stream(file, new StreamRDFBase() {
                            @Override
                            public void quad(Quad q) {
                                if (q.isDefaultGraph()) {
                                    defaultTriples[0] = true;
                                    throw new DefaultGraphTriples();
                                }
                                if (seen.add(q.getGraph()))
                                    ds.removeGraph(q.getGraph());
                                ds.add(q);
                                quads[0]++;
                            }

                            @Override
                            public void triple(org.apache.jena.graph.Triple t) { quad(Quad.create(Quad.defaultGraphIRI, t)); }
                        });
                    } catch (RdfFileException e) {
                        throw new Refused(e);
                    }
                    SummaryGraph.refreshInTransaction(ds);
                });
            } catch (Refused e) {
                throw e.reason;
            } catch (DefaultGraphTriples e) {
                return null;
            }
            seen.forEach(g -> onGraph.accept(g.getURI()));
            return new Done(seen.size(), 0, quads[0], true);
        }
        Scan scan = scan(file);
        if (scan.defaultTriples || !scan.contiguous)
            return null;
        GraphPerGraph sink = new GraphPerGraph(onGraph);
        RdfFiles.stream(file, sink);
        sink.finish();
        return new Done(sink.graphs, 0, scan.quads);
    }

    /** Replaces the graphs of a build whose version the store does not hold, reading only their byte ranges. */
    private Done loadChanged(Path file, BuildManifest manifest, Consumer<String> onGraph) throws RdfFileException {
        Map<Node, String> versions = store.versions();
        List<BuildManifest.Entry> changed = manifest.entries().stream()
                .filter(e -> !e.version().equals(versions.get(NodeFactory.createURI(e.graph()))))
                .toList();
        int unchanged = manifest.entries().size() - changed.size();
        if (changed.isEmpty())
            return new Done(0, unchanged, 0);
        if (store instanceof TdbGraphStore tdb && changed.size() == manifest.entries().size() && tdb.graphNames().isEmpty())
            return loadWhole(file, onGraph);
        long[] quads = {0};
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (store instanceof TdbGraphStore tdb) {
                DatasetGraph ds = tdb.dataset();
                try {
                    Txn.executeWrite(ds, () -> {
                        Runnable summarise = SummaryGraph.prepareInTransaction(ds,
                                changed.stream().map(e -> NodeFactory.createURI(e.graph())).toList());
                        for (BuildManifest.Entry e : changed) {
                            Node g = NodeFactory.createURI(e.graph());
                            ds.removeGraph(g);
                            try {
                                RdfFiles.streamNQuads(file + " (graph " + e.graph() + ")", range(file, channel, e), new StreamRDFBase() {
                                    @Override
                                    public void quad(Quad q) {
                                        ds.add(q);
                                        quads[0]++;
                                    }
                                });
                            } catch (RdfFileException | IOException x) {
                                throw new Refused(x instanceof RdfFileException r ? r : new RdfFileException(file + ": " + x.getMessage(), x));
                            }
                        }
                        summarise.run();
                    });
                } catch (Refused e) {
                    throw e.reason;
                }
                changed.forEach(e -> onGraph.accept(e.graph()));
                return new Done(changed.size(), unchanged, quads[0], true);
            }
            // A remote store cannot roll back: every range is checked before the first PUT.
            for (BuildManifest.Entry e : changed)
                RdfFiles.streamNQuads(file + " (graph " + e.graph() + ")", range(file, channel, e), new StreamRDFBase());
            for (BuildManifest.Entry e : changed) {
                Graph graph = GraphFactory.createDefaultGraph();
                RdfFiles.streamNQuads(file.toString(), range(file, channel, e), new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) { graph.add(q.asTriple()); }
                });
                store.replace(NodeFactory.createURI(e.graph()), graph);
                quads[0] += graph.size();
                onGraph.accept(e.graph());
            }
            return new Done(changed.size(), unchanged, quads[0]);
        } catch (IOException e) {
            throw new RdfFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Whether {@code directory} is a TDB2 database yet to be made (absent, or an empty directory):
     * {@link #loadNewDatabase} can then load it in one pass.
     */
    public static boolean isNewDatabase(Path directory) {
        if (!java.nio.file.Files.exists(directory))
            return true;
        try (java.util.stream.Stream<Path> entries = java.nio.file.Files.list(directory)) {
            return java.nio.file.Files.isDirectory(directory) && entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Loads quad files into a TDB2 database that does not exist yet, the first with Jena's phased
     * bulk loader fed by the strict parser in one pass, as {@code tdb2.tdbloader} loads; the rest
     * as {@link #load} does. A bulk load cannot be rolled back, so a first file that is refused
     * (bad syntax, triples outside any graph) is undone by deleting the new database, which leaves
     * things as they were: no database.
     */
    public static Summary loadNewDatabase(Path directory, Node defaultTarget, List<Path> files, Consumer<String> onGraph) {
        Path first = files.get(0);
        Lang lang = RDFLanguages.filenameToLang(first.toString());
        List<String> failures = new ArrayList<>();
        int graphs = 0;
        long quads = 0;
        List<Path> rest = files;
        if (lang != null && RDFLanguages.isQuads(lang)) {
            DatasetGraph ds = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(directory.toString());
            Scan scan = new Scan();
            DataLoader loader = LoaderFactory.phasedLoader(ds, (fmt, args) -> { });
            StreamRDF into = loader.stream();
            boolean loaded = false;
            loader.startBulk();
            try {
                RdfFiles.stream(first, new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        scan.quad(q);
                        if (scan.defaultTriples)
                            throw new DefaultGraphTriples();
                        into.quad(q);
                    }

                    @Override
                    public void triple(org.apache.jena.graph.Triple t) { throw new DefaultGraphTriples(); }

                    @Override
                    public void prefix(String prefix, String iri) { into.prefix(prefix, iri); }
                });
                loader.finishBulk();
                loaded = true;
            } catch (RdfFileException e) {
                failures.add(e.getMessage());
                loader.finishException(e);
            } catch (DefaultGraphTriples e) {
                loader.finishException(e);
            } catch (RuntimeException e) {
                loader.finishException(e);
                discard(ds, directory);
                throw e;
            }
            if (loaded) {
                scan.graphs.forEach(g -> onGraph.accept(g.getURI()));
                graphs += scan.graphs.size();
                quads += scan.quads;
                rest = files.subList(1, files.size());
            } else {
                discard(ds, directory);
                // A refused file is skipped; triples outside graphs go the ordinary way, which can name a target.
                rest = failures.isEmpty() ? files : files.subList(1, files.size());
            }
        }
        if (rest.isEmpty() && graphs == 0)
            return new Summary(graphs, 0, quads, List.copyOf(failures));
        try (TdbGraphStore store = new TdbGraphStore(directory)) {
            // The rest of the files refresh the summary if they change a graph; else it is made here.
            Summary more = rest.isEmpty() ? new Summary(0, 0, 0, List.of()) : new StoreLoader(store, defaultTarget).load(rest, onGraph);
            if (graphs > 0 && more.graphs() == 0)
                SummaryGraph.refresh(store);
            failures.addAll(more.failures());
            return new Summary(graphs + more.graphs(), more.unchanged(), quads + more.quads(), List.copyOf(failures));
        }
    }

    /** Deletes a database this loader made and could not fill. */
    private static void discard(DatasetGraph ds, Path directory) {
        org.apache.jena.tdb2.sys.TDBInternal.expel(ds, true);
        try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(directory)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(directory))
                    java.nio.file.Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot remove the half-loaded database " + directory, e);
        }
    }

    /** Jena's phased loader, as {@code tdb2.tdbloader} runs it by default. */
    private static void bulkLoad(DatasetGraph ds, Path file) throws RdfFileException {
        DataLoader loader = LoaderFactory.phasedLoader(ds, (fmt, args) -> { });
        loader.startBulk();
        try {
            RdfFiles.stream(file, loader.stream());
            loader.finishBulk();
        } catch (RdfFileException | RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    /** A graph's N-Quads, read from its byte range (its own gzip member in a {@code .nq.gz}). */
    private static byte[] range(Path file, FileChannel channel, BuildManifest.Entry e) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(e.length()));
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, e.offset() + buffer.position()) < 0)
                throw new IOException("file is shorter than its manifest says");
        }
        return Gzip.named(file) ? Gzip.unpack(buffer.array()) : buffer.array();
    }

    /** A checking pass: parses the whole file, strictly, and notes its graphs. */
    private static Scan scan(Path file) throws RdfFileException {
        Scan scan = new Scan();
        RdfFiles.stream(file, scan);
        return scan;
    }

    private static final class Scan extends StreamRDFBase {
        final Set<Node> graphs = new LinkedHashSet<>();
        long quads;
        boolean defaultTriples;
        boolean contiguous = true;
        private Node current;

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            defaultTriples = true;
            quads++;
        }

        @Override
        public void quad(Quad quad) {
            quads++;
            if (quad.isDefaultGraph()) {
                defaultTriples = true;
                return;
            }
            Node g = quad.getGraph();
            if (!g.equals(current)) {
                if (!graphs.add(g))
                    contiguous = false;
                current = g;
            }
        }
    }

    /** Replaces each graph of a graph-contiguous stream as soon as the stream moves on. */
    private final class GraphPerGraph extends StreamRDFBase {
        private final Consumer<String> onGraph;
        private Node current;
        private Graph buffer = GraphFactory.createDefaultGraph();
        int graphs;

        GraphPerGraph(Consumer<String> onGraph) { this.onGraph = onGraph; }

        @Override
        public void quad(Quad quad) {
            if (current != null && !current.equals(quad.getGraph()))
                replaceHeldGraph();
            current = quad.getGraph();
            buffer.add(quad.asTriple());
        }

        @Override
        public void finish() { replaceHeldGraph(); }

        private void replaceHeldGraph() {
            if (current == null)
                return;
            store.replace(current, buffer);
            onGraph.accept(current.getURI());
            graphs++;
            current = null;
            buffer = GraphFactory.createDefaultGraph();
        }
    }

    /** Carries a refused file out of a transaction, which it aborts. */
    private static final class Refused extends RuntimeException {
        final RdfFileException reason;

        Refused(RdfFileException reason) {
            super(reason.getMessage(), null, false, false);
            this.reason = reason;
        }
    }

    /** Triples outside any graph: the file goes to {@link GraphLoader}, which can name a target graph. */
    private static final class DefaultGraphTriples extends RuntimeException {
        DefaultGraphTriples() { super(null, null, false, false); }
    }

}
