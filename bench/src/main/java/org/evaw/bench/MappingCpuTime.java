package org.evaw.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.system.StreamRDFBase;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.mapping.page.SourcePage;
import org.evaw.pipeline.PageMapping;
import org.evaw.pipeline.corpus.CorpusBuild;

/**
 * The CPU time one thread spends per page on what {@link MappingBenchmark} measures (analysis; with
 * its RDF; the whole of what {@code build} does to a page), over the files of a directory, so that
 * two builds of the mapper can be compared on the same pages on a shared machine, where wall-clock
 * throughput varies with the other processes.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar org.evaw.bench.MappingCpuTime DIR [ROUNDS]
 * </pre>
 */
public final class MappingCpuTime {
    private MappingCpuTime() {}

    public static void main(String[] args) throws Exception {
        IriMinter iris = IriMinter.defaultBase();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<SourcePage> pages = new ArrayList<>();
        List<byte[]> raw = new ArrayList<>();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            raw.add(bytes);
            pages.add(PageDecoder.decode(f.getFileName().toString(), bytes));
        }
        Mapper mapper = new Mapper(iris);
        CorpusBuild build = CorpusBuild.create(new PageMapping(mapper)).build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String what : List.of("analyse", "analyseAndWriteRdf", "buildPage")) {
            List<Double> perPage = new ArrayList<>();
            // Two rounds to warm up, then the measured ones.
            for (int r = 0; r < rounds + 2; r++) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < pages.size(); i++) {
                    switch (what) {
                        case "analyse" -> mapper.analyser().analyse(pages.get(i));
                        case "analyseAndWriteRdf" -> mapper.rdf().write(mapper.analyser().analyse(pages.get(i)), new StreamRDFBase());
                        default -> build.mapToNQuads(pages.get(i).fileName(), raw.get(i));
                    }
                }
                if (r >= 2)
                    perPage.add((threads.getCurrentThreadCpuTime() - start) / 1e6 / pages.size());
            }
            Collections.sort(perPage);
            double median = perPage.get(perPage.size() / 2);
            System.out.printf("%-20s CPU ms/page: median %.3f, min %.3f, max %.3f (%.0f pages per CPU second)%n",
                    what, median, perPage.get(0), perPage.get(perPage.size() - 1), 1000 / median);
        }
    }
}
