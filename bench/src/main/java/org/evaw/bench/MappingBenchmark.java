package org.evaw.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.evaw.generator.CorpusGenerator;
import org.evaw.generator.GeneratedPage;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.analysis.DocumentAnalysis;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.mapping.page.PageFormatException;
import org.evaw.mapping.page.SourcePage;
import org.evaw.pipeline.PageMapping;
import org.evaw.pipeline.corpus.CorpusBuild;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Mapping throughput inside one process, one page per operation (so ops/s are pages/s; the page
 * bytes printed at setup turn them into MB/s), over generated pages: the analysis alone, the
 * analysis and its RDF, and the whole of what {@code build} does to a page: the page pipeline
 * ({@link PageMapping}: decoding, analysis, RDF, SHACL validation) and the page's N-Quads. Run with {@code -t 1} for one core and {@code -t max} for all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class MappingBenchmark {
    @Param("500")
    int pages;

    private final IriMinter iris = IriMinter.defaultBase();
    private List<SourcePage> corpus;
    private List<byte[]> raw;
    private Mapper mapper;
    private CorpusBuild build;

    /** Each thread walks the corpus from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next = (int) (Thread.currentThread().getId() * 7919);
    }

    @Setup
    public void generate() throws PageFormatException {
        CorpusGenerator generator = new CorpusGenerator(iris);
        corpus = new ArrayList<>();
        raw = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < pages; i++) {
            GeneratedPage page = generator.pages().generate(1, i, pages);
            byte[] content = page.text().getBytes(StandardCharsets.UTF_8);
            raw.add(content);
            corpus.add(PageDecoder.decode(page.fileName(), content));
            bytes += content.length;
        }
        mapper = new Mapper(iris);
        build = CorpusBuild.create(new PageMapping(mapper)).build();
        System.err.printf("# corpus: %d pages, %d bytes, %.1f bytes per page%n", pages, bytes, (double) bytes / pages);
    }

    @Benchmark
    public DocumentAnalysis analyse(Cursor cursor) throws PageFormatException {
        return mapper.analyser().analyse(corpus.get(Math.floorMod(cursor.next++, pages)));
    }

    @Benchmark
    public void analyseAndWriteRdf(Cursor cursor, Blackhole hole) throws PageFormatException {
        DocumentAnalysis analysis = mapper.analyser().analyse(corpus.get(Math.floorMod(cursor.next++, pages)));
        mapper.rdf().write(analysis, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) { hole.consume(quad); }
        });
    }

    @Benchmark
    public byte[] buildPage(Cursor cursor) throws PageFormatException {
        int i = Math.floorMod(cursor.next++, pages);
        return build.mapToNQuads(corpus.get(i).fileName(), raw.get(i));
    }
}
