package org.evaw.loader.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.evaw.loader.Gzip;
import org.evaw.mapping.analysis.DocumentAnalysis;
import org.evaw.mapping.build.BuildSummary;
import org.evaw.mapping.build.CorpusMapper;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.mapping.page.PageFormatException;
import org.evaw.mapping.page.SourcePage;
import org.evaw.mapping.rdf.DocumentRdf;
import org.evaw.mapping.recognise.Mention;
import org.evaw.ontology.OntologyFiles;

/**
 * Builds a corpus to one N-Quads file on all cores, and incrementally: pages are mapped (and
 * validated with the SHACL shapes) in parallel and written in page order, each page's graph with
 * its version ({@code <graph> dcterms:hasVersion "…"}); a {@link BuildManifest} beside the file
 * records every graph's version and byte range, so that the next build copies the graphs of
 * unchanged pages instead of mapping them again, and a load replaces only what changed. At most
 * a few pages per thread are in memory at once.
 */
public final class CorpusBuild {
    /** The predicate that states a graph's version, inside the graph. */
    public static final Node VERSION = DCTerms.hasVersion.asNode();

    private final CorpusMapper mapper;
    private final IriMinter iris;
    private final DocumentRdf rdf;
    private final int threads;
    private final boolean full;
    private final String version;

    private CorpusBuild(Builder b) {
        this.iris = b.iris;
        this.mapper = b.mapper;
        this.rdf = new DocumentRdf(b.iris);
        this.threads = b.threads;
        this.full = b.full;
        this.version = b.version;
    }

    /** A build with the given mapper, whose IRIs the minter mints. */
    public static Builder create(CorpusMapper mapper, IriMinter iris) {
        return new Builder(mapper, iris);
    }

    /** Options of a build: threads (default: all cores), whether to map every page again, the software version. */
    public static final class Builder {
        private final CorpusMapper mapper;
        private final IriMinter iris;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean full;
        private String version = "development";

        private Builder(CorpusMapper mapper, IriMinter iris) {
            this.mapper = mapper;
            this.iris = iris;
        }

        public Builder threads(int n) {
            if (n < 1)
                throw new IllegalArgumentException("threads must be at least 1: " + n);
            this.threads = n;
            return this;
        }

        public Builder full(boolean full) { this.full = full; return this; }

        public Builder version(String version) { this.version = version; return this; }

        public CorpusBuild build() { return new CorpusBuild(this); }
    }

    /** What a build did: the usual summary (of the pages mapped this time) and how many pages were reused. */
    public record Result(BuildSummary summary, int reused) {
        public String oneLine() {
            return summary.oneLine() + (reused > 0 ? "; " + reused + " unchanged pages reused" : "");
        }
    }

    /**
     * Builds {@code pages} into {@code out} (N-Quads, or N-Quads in gzip members, one per graph, if
     * its name ends in {@code .gz}) and its manifest; {@code onPage} hears each page as it is written.
     */
    public Result run(List<Path> pages, Path out, Consumer<String> onPage) throws IOException {
        Graph ontology = mapper.ontologyGraph();
        String fingerprint = fingerprint(ontology);
        boolean gzip = Gzip.named(out);
        Optional<BuildManifest> previous = full ? Optional.empty()
                : BuildManifest.readFor(out).filter(m -> m.fingerprint().equals(fingerprint));
        Map<String, BuildManifest.Entry> old = previous.map(BuildManifest::byPage).orElse(Map.of());
        Path absolute = out.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".part");
        List<BuildManifest.Entry> entries = new ArrayList<>();
        Tally tally = new Tally();
        validateReference(tally);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "evaw-build");
            t.setDaemon(true);
            return t;
        });
        try (FileChannel previousFile = previous.isPresent() ? FileChannel.open(out, StandardOpenOption.READ) : null;
             OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(partial), 1 << 20)) {
            long offset = 0;
            Map<String, BuildManifest.Entry> oldFixed = new java.util.HashMap<>();
            previous.ifPresent(m -> m.entries().stream().filter(e -> e.page().equals("-")).forEach(e -> oldFixed.put(e.graph(), e)));
            for (Mapped fixed : List.of(
                    fixedGraph(iris.graph("ontology"), ontology, fingerprint, oldFixed, previousFile, gzip),
                    fixedGraph(iris.graph("reference"), mapper.reference().getGraph(), fingerprint, oldFixed, previousFile, gzip))) {
                os.write(fixed.bytes);
                entries.add(new BuildManifest.Entry(fixed.graph, fingerprint, offset, fixed.bytes.length, fixed.quads, "-"));
                offset += fixed.bytes.length;
                tally.quads += fixed.quads;
            }
            ArrayDeque<Future<Mapped>> window = new ArrayDeque<>();
            int next = 0;
            while (next < pages.size() || !window.isEmpty()) {
                while (next < pages.size() && window.size() < threads * 4) {
                    Path page = pages.get(next++);
                    window.add(pool.submit(() -> page(page, fingerprint, old.get(page.getFileName().toString()), previousFile, gzip)));
                }
                Mapped m = take(window.poll());
                if (m.failure != null) {
                    tally.failures.add(m.failure);
                } else {
                    os.write(m.bytes);
                    entries.add(new BuildManifest.Entry(m.graph, m.version, offset, m.bytes.length, m.quads, m.page));
                    offset += m.bytes.length;
                    tally.add(m);
                }
                onPage.accept(m.page);
            }
            os.flush();
            BuildManifest manifest = new BuildManifest(fingerprint, offset, List.copyOf(entries));
            os.close();
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            manifest.writeFor(absolute);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        } finally {
            pool.shutdownNow();
        }
        Map<String, Integer> counts = new TreeMap<>();
        tally.entities.forEach((type, set) -> counts.put(type, set.size()));
        BuildSummary summary = new BuildSummary(tally.documents, List.copyOf(tally.failures), tally.quads, counts,
                List.copyOf(tally.warnings), tally.violations);
        return new Result(summary, tally.reused);
    }

    /** The ontology's or the reference data's graph, copied from the previous build when unchanged (its blank nodes keep their labels). */
    private static Mapped fixedGraph(String graphIri, Graph graph, String fingerprint, Map<String, BuildManifest.Entry> old,
                                     FileChannel previousFile, boolean gzip) throws IOException {
        BuildManifest.Entry e = old.get(graphIri);
        if (e != null && e.version().equals(fingerprint) && previousFile != null)
            return new Mapped(graphIri, fingerprint, "-", read(previousFile, e), e.quads());
        return graphBytes(graphIri, graph, fingerprint, "-", gzip);
    }

    private static byte[] read(FileChannel file, BuildManifest.Entry e) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(e.length()));
        while (buffer.hasRemaining()) {
            if (file.read(buffer, e.offset() + buffer.position()) < 0)
                throw new IOException("previous build is shorter than its manifest says");
        }
        return buffer.array();
    }

    /** One page, mapped and validated, or copied from the previous build if its version is unchanged. */
    private Mapped page(Path file, String fingerprint, BuildManifest.Entry previous, FileChannel previousFile, boolean gzip) {
        String name = file.getFileName().toString();
        try {
            byte[] content = Files.readAllBytes(file);
            String version = sha256(fingerprint + "\n", content);
            if (previous != null && previous.version().equals(version) && previousFile != null) {
                Mapped m = new Mapped(previous.graph(), version, name, read(previousFile, previous), previous.quads());
                m.reused = true;
                return m;
            }
            return map(name, content, version, gzip);
        } catch (PageFormatException e) {
            return Mapped.failed(name, e.getMessage());
        } catch (IOException e) {
            return Mapped.failed(name, name + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * Maps one page as the build does (analysis, RDF, SHACL validation, N-Quads) and returns its
     * graph as N-Quads: what benchmarks time.
     */
    public byte[] mapToNQuads(String name, byte[] content) throws PageFormatException {
        return map(name, content, "benchmark", false).bytes;
    }

    private Mapped map(String name, byte[] content, String version, boolean gzip) throws PageFormatException {
        if (content.length > PageDecoder.MAX_PAGE_BYTES)
            throw new PageFormatException(name, "larger than " + PageDecoder.MAX_PAGE_BYTES + " bytes");
        SourcePage page = PageDecoder.decode(name, content);
        DocumentAnalysis analysis = mapper.analyser().analyse(page);
        Graph graph = GraphFactory.createDefaultGraph();
        rdf.write(analysis, new StreamRDFBase() {
            @Override public void quad(Quad quad) { graph.add(quad.asTriple()); }
            @Override public void triple(org.apache.jena.graph.Triple triple) { graph.add(triple); }
        });
        Mapped m = graphBytes(iris.documentGraph(page.id()), graph, version, name, gzip);
        validate(name, graph, m);
        m.warnings.addAll(analysis.warnings());
        analysis.passages().forEach(p -> p.mentions().stream().map(Mention::entity)
                .forEach(e -> m.entities.add(e.type().name().toLowerCase() + "\t" + e.iri())));
        analysis.activities().forEach(a -> a.classifications().stream().map(Mention::entity)
                .forEach(e -> m.entities.add(e.type().name().toLowerCase() + "\t" + e.iri())));
        return m;
    }

    /**
     * Validates a page's graph with the SHACL shapes, as {@link CorpusMapper} does, but over the
     * page and only the slice of the reference data it reaches (the entities it names, what those
     * point to, and the types of what that points to) rather than all of it: the reference entities no page names
     * are the same for every page, and are validated once per build by {@link #validateReference}.
     */
    private void validate(String name, Graph graph, Mapped m) {
        Graph reference = mapper.reference().getGraph();
        Graph data = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(data, graph);
        Set<Node> reached = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            reached.add(t.getSubject());
            if (t.getObject().isURI())
                reached.add(t.getObject());
        });
        Set<Node> next = new HashSet<>();
        for (Node n : reached) {
            reference.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                data.add(t);
                if (!t.getObject().isLiteral())
                    next.add(t.getObject());
            });
        }
        // What the page's entities point to is described too (a place's country, with its codes), and what
        // that points to is typed (the country's regions): a shape that targets it finds what it checks.
        Set<Node> last = new HashSet<>();
        for (Node n : next) {
            if (reached.contains(n))
                continue;
            reference.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                data.add(t);
                if (!t.getObject().isLiteral())
                    last.add(t.getObject());
            });
        }
        for (Node n : last)
            reference.find(n, RDF.type.asNode(), Node.ANY).forEachRemaining(data::add);
        ValidationReport report = ShaclValidator.get().validate(OntologyFiles.shapes(), data);
        if (!report.conforms()) {
            m.violations = report.getEntries().size();
            m.warnings.add(name + ": " + report.getEntries().size() + " SHACL violations, first: "
                    + report.getEntries().iterator().next().toString());
        }
    }

    /** The reference data's own SHACL violations, once per build. */
    private void validateReference(Tally tally) {
        ValidationReport report = ShaclValidator.get().validate(OntologyFiles.shapes(), mapper.reference().getGraph());
        if (!report.conforms()) {
            tally.violations += report.getEntries().size();
            tally.warnings.add("reference data: " + report.getEntries().size() + " SHACL violations, first: "
                    + report.getEntries().iterator().next().toString());
        }
    }

    /** A graph as N-Quads (in one gzip member if {@code gzip}), its version statement first. */
    private static Mapped graphBytes(String graphIri, Graph graph, String version, String page, boolean gzip) {
        Node g = NodeFactory.createURI(graphIri);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(graph.size() * 160 + 200);
        StreamRDF writer = StreamRDFWriter.getWriterStream(bytes, Lang.NQUADS);
        writer.start();
        writer.quad(Quad.create(g, g, VERSION, NodeFactory.createLiteralString(version)));
        graph.find().forEach(t -> writer.quad(Quad.create(g, t)));
        writer.finish();
        byte[] nquads = bytes.toByteArray();
        return new Mapped(graphIri, version, page, gzip ? Gzip.member(nquads) : nquads, graph.size() + 1L);
    }

    /**
     * The mapping's fingerprint: the software version, the base IRI, and the ontology graph (the
     * ontology and the concept schemes the classifier reads) and reference data as sorted
     * N-Triples (blank node labels left out). A page is mapped again when any of them changes.
     */
    private String fingerprint(Graph ontology) {
        List<String> lines = new ArrayList<>();
        for (Graph g : List.of(ontology, mapper.reference().getGraph())) {
            ByteArrayOutputStream nt = new ByteArrayOutputStream();
            RDFDataMgr.write(nt, g, Lang.NTRIPLES);
            // Blank node labels differ from run to run: the fingerprint ignores them.
            lines.addAll(nt.toString(StandardCharsets.UTF_8).lines().map(l -> l.replaceAll("_:\\S+", "_:")).sorted().toList());
        }
        lines.add(MappingCode.digest());
        return sha256(version + "\n" + iris.base() + "\n", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String prefix, byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prefix.getBytes(StandardCharsets.UTF_8));
            digest.update(content);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mapped take(Future<Mapped> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("build interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r)
                throw r;
            if (e.getCause() instanceof Error err)
                throw err;
            throw new UncheckedIOException(new IOException(e.getCause()));
        }
    }

    /** One graph ready to write, or a page that could not be read. */
    private static final class Mapped {
        final String graph, version, page;
        final byte[] bytes;
        final long quads;
        String failure;
        boolean reused;
        int violations;
        final List<String> warnings = new ArrayList<>();
        final Set<String> entities = new HashSet<>();

        Mapped(String graph, String version, String page, byte[] bytes, long quads) {
            this.graph = graph;
            this.version = version;
            this.page = page;
            this.bytes = bytes;
            this.quads = quads;
        }

        static Mapped failed(String page, String reason) {
            Mapped m = new Mapped(null, null, page, null, 0);
            m.failure = reason;
            return m;
        }
    }

    /** Counts over the pages written. */
    private static final class Tally {
        int documents, reused, violations;
        long quads;
        final List<String> failures = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Map<String, Set<String>> entities = new TreeMap<>();

        void add(Mapped m) {
            documents++;
            quads += m.quads;
            if (m.reused) {
                reused++;
                return;
            }
            violations += m.violations;
            warnings.addAll(m.warnings);
            for (String e : m.entities) {
                int tab = e.indexOf('\t');
                entities.computeIfAbsent(e.substring(0, tab), k -> new HashSet<>()).add(e.substring(tab + 1));
            }
        }
    }
}
