package org.evaw.pipeline.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.mapping.page.PageFormatException;
import org.evaw.pipeline.MappedPage;
import org.evaw.pipeline.PageMapping;
import org.evaw.pipeline.ShapesLevel;
import org.evaw.pipeline.corpus.BuildOutput.Chunk;

/**
 * Builds a corpus: the ontology and the reference data each in a named graph of their own, then
 * every page through {@link PageMapping}, on all cores, written in page order, each graph with its
 * version ({@code <graph> dcterms:hasVersion "…"}). Into N-Quads it builds incrementally: a
 * manifest beside the file lets the next build copy the graphs of unchanged pages instead of
 * mapping them again. A page that cannot be read is reported by name and skipped; the others are
 * still mapped. Every page is validated with the SHACL Core shapes, a deterministic sample of them
 * with the SPARQL-based shapes too ({@link SparqlSample}). At most a few pages per thread are in memory at once.
 * <pre>
 *   CorpusBuild build = CorpusBuild.create(PageMapping.create(iris)).threads(4).build();
 *   BuildSummary summary = build.run(Corpus.pages(dir), Path.of("evaw-kg.nq.gz"), page -> {});
 *   System.out.println(summary.oneLine());
 * </pre>
 */
public final class CorpusBuild {
    /** The predicate that states a graph's version, inside the graph. */
    public static final Node VERSION = DCTerms.hasVersion.asNode();

    private final PageMapping mapping;
    private final int threads;
    private final boolean full;
    private final String version;
    private final SparqlSample sample;

    private CorpusBuild(Builder b) {
        this.mapping = b.mapping;
        this.threads = b.threads;
        this.full = b.full;
        this.version = b.version;
        this.sample = b.sample;
    }

    /** A build that maps pages with {@code mapping}. */
    public static Builder create(PageMapping mapping) {
        return new Builder(mapping);
    }

    /**
     * Options of a build: threads (default: all cores), whether to map every page again, the software
     * version, and on which pages the SPARQL-based shapes are checked too (default: the first and
     * every tenth).
     */
    public static final class Builder {
        private final PageMapping mapping;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean full;
        private String version = "development";
        private SparqlSample sample = new SparqlSample(SparqlSample.DEFAULT_EVERY);

        private Builder(PageMapping mapping) {
            this.mapping = mapping;
        }

        public Builder threads(int n) {
            if (n < 1)
                throw new IllegalArgumentException("threads must be at least 1: " + n);
            this.threads = n;
            return this;
        }

        /** Whether to map every page again, even those unchanged since the last build of the same file. */
        public Builder full(boolean full) { this.full = full; return this; }

        /** The software's version, part of every graph's version. */
        public Builder version(String version) { this.version = version; return this; }

        /**
         * Checks the SPARQL-based shapes on the first page and every {@code n}-th after it (1: on every
         * page); the SHACL Core shapes are checked on every page whatever {@code n}.
         */
        public Builder sparqlEvery(int n) { this.sample = new SparqlSample(n); return this; }

        public CorpusBuild build() { return new CorpusBuild(this); }
    }

    /**
     * Builds {@code pages} into {@code out}, whose name says the syntax: N-Quads ({@code .nq}, or
     * {@code .nq.gz}, a gzip member per graph) with its manifest, or any other quads syntax Jena
     * writes ({@code .trig}, ...), gzipped if the name ends in {@code .gz}. A failed build leaves
     * {@code out} as it was. {@code onPage} hears each page's file name as it is written.
     */
    public BuildSummary run(List<Path> pages, Path out, Consumer<String> onPage) throws IOException {
        Lang lang = RDFLanguages.filenameToLang(out.toString(), Lang.NQUADS);
        if (!RDFLanguages.isQuads(lang))
            throw new IllegalArgumentException("not a quads file (.nq, .nq.gz or .trig): " + out);
        String fingerprint = fingerprint();
        if (lang.equals(Lang.NQUADS)) {
            try (NQuadsOutput output = NQuadsOutput.open(out, fingerprint, full)) {
                return run(pages, output, fingerprint, onPage);
            }
        }
        try (StreamOutput output = StreamOutput.file(out, lang)) {
            return run(pages, output, fingerprint, onPage);
        }
    }

    /** Builds {@code pages} into {@code sink}, from start to finish, every page mapped. */
    public BuildSummary run(List<Path> pages, StreamRDF sink, Consumer<String> onPage) throws IOException {
        String fingerprint = fingerprint();
        try (StreamOutput output = StreamOutput.of(sink)) {
            return run(pages, output, fingerprint, onPage);
        }
    }

    /**
     * Maps one page as the build does (decoding, analysis, RDF, SHACL validation, N-Quads) and
     * returns its graph as N-Quads: what the benchmarks time. Every shape is checked, as on the
     * build's sampled pages, the dearer case.
     */
    public byte[] mapToNQuads(String name, byte[] content) throws PageFormatException {
        MappedPage page = mapping.map(name, content);
        return NQuadsOutput.nquads(page.graphName(), page.graph(), "benchmark");
    }

    private <T> BuildSummary run(List<Path> pages, BuildOutput<T> output, String fingerprint, Consumer<String> onPage)
            throws IOException {
        Tally tally = new Tally();
        tally.reference(mapping.referenceViolations());
        Mapper mapper = mapping.mapper();
        for (Chunk<T> fixed : List.of(
                fixedGraph(output, mapper.iris().graph("ontology"), mapper.ontologyGraph(), fingerprint),
                fixedGraph(output, mapper.iris().graph("reference"), mapper.reference().getGraph(), fingerprint))) {
            output.write(fixed);
            tally.graph(fixed.quads());
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "evaw-build");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<Outcome<T>>> window = new ArrayDeque<>();
            int next = 0;
            while (next < pages.size() || !window.isEmpty()) {
                while (next < pages.size() && window.size() < threads * 4) {
                    Path page = pages.get(next);
                    ShapesLevel level = sample.level(next++);
                    window.add(pool.submit(() -> page(page, level, fingerprint, output)));
                }
                Outcome<T> done = take(window.poll());
                switch (done) {
                    case Mapped<T> m -> {
                        output.write(m.chunk());
                        tally.mapped(m.page(), m.chunk().quads());
                    }
                    case Reused<T> r -> {
                        output.write(r.chunk());
                        tally.reused(r.chunk().quads());
                    }
                    case Failed<T> f -> tally.failed(f.failure());
                }
                onPage.accept(done.file());
            }
            output.commit();
        } finally {
            pool.shutdownNow();
        }
        return tally.summary();
    }

    private static <T> Chunk<T> fixedGraph(BuildOutput<T> output, String iri, Graph graph, String fingerprint) throws IOException {
        Optional<Chunk<T>> previous = output.reusedGraph(iri, fingerprint);
        return previous.isPresent() ? previous.get() : output.encode(NodeFactory.createURI(iri), graph, fingerprint, "-");
    }

    /** What became of one page: its graph mapped, copied from the previous build, or a failure. */
    private sealed interface Outcome<T> {
        /** The page's file name. */
        String file();
    }

    private record Mapped<T>(MappedPage page, Chunk<T> chunk) implements Outcome<T> {
        @Override
        public String file() { return chunk.page(); }
    }

    private record Reused<T>(Chunk<T> chunk) implements Outcome<T> {
        @Override
        public String file() { return chunk.page(); }
    }

    private record Failed<T>(PageFailure failure) implements Outcome<T> {
        @Override
        public String file() { return failure.page(); }
    }

    /** One page, on a mapping thread: copied from the previous build if its version is unchanged, else mapped. */
    private <T> Outcome<T> page(Path file, ShapesLevel level, String fingerprint, BuildOutput<T> output) {
        String name = file.getFileName().toString();
        try {
            // A file larger than a page can be is refused before it is read whole.
            long size = Files.size(file);
            if (size > PageDecoder.MAX_PAGE_BYTES)
                throw new PageFormatException(name, "larger than " + PageDecoder.MAX_PAGE_BYTES + " bytes (" + size + " bytes)");
            byte[] content = Files.readAllBytes(file);
            String version = Fingerprint.ofPage(fingerprint, content);
            Optional<Chunk<T>> previous = output.reusedPage(name, version);
            if (previous.isPresent())
                return new Reused<>(previous.get());
            MappedPage mapped = mapping.map(name, content, level);
            return new Mapped<>(mapped, output.encode(mapped.graphName(), mapped.graph(), version, name));
        } catch (PageFormatException e) {
            return new Failed<>(PageFailure.of(e));
        } catch (IOException e) {
            return new Failed<>(new PageFailure(name, "cannot read: " + e.getMessage()));
        } catch (RuntimeException e) {
            // A fault of the mapper's: the build stops, and says on which page.
            throw new IllegalStateException(name + ": " + e, e);
        }
    }

    private String fingerprint() {
        Mapper mapper = mapping.mapper();
        return Fingerprint.of(version, mapper.iris().base(), List.of(mapper.ontologyGraph(), mapper.reference().getGraph()));
    }

    private static <T> Outcome<T> take(Future<Outcome<T>> future) throws IOException {
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
}
