package org.evaw.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.evaw.mapping.Corpus;
import org.evaw.pipeline.PageMapping;
import org.evaw.pipeline.corpus.BuildSummary;
import org.evaw.pipeline.corpus.CorpusBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code build}: maps every page of the corpus to RDF, a named graph per page, validated with SHACL. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Map every document of the corpus to RDF (N-Quads or TriG, a named graph per document), "
                + "validate it with the SHACL shapes and print a one-line summary.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", description = "Directory of pages (default: the bundled corpus).")
    Path corpus;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file, .nq, .nq.gz (a gzip member per graph) or .trig (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("evaw-kg.nq");

    @Option(names = "--full", description = "Map every page again, even those unchanged since the last build of --out.")
    boolean full;

    @Option(names = "--threads", paramLabel = "N", description = "Pages mapped at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    BaseOption base;

    @Override
    public Integer call() throws Exception {
        Path dir = corpus != null ? corpus : Home.corpus();
        if (!RDFLanguages.isQuads(RDFLanguages.filenameToLang(out.toString(), Lang.NQUADS)))
            throw new IllegalArgumentException("--out must name a quads file (.nq, .nq.gz or .trig): " + out);
        List<Path> pages = Corpus.pages(dir);
        // Every format through the one pipeline, on all cores; N-Quads incrementally (see CorpusBuild).
        BuildSummary summary;
        try (Progress progress = Progress.start("build", pages.size())) {
            summary = CorpusBuild.create(new PageMapping(base.mapper())).threads(threads).full(full)
                    .version(new Version().getVersion()[0]).build().run(pages, out, progress::step);
        }
        summary.failures().forEach(f -> System.err.println("evaw-kg build: " + f));
        summary.warnings().forEach(w -> System.err.println("evaw-kg build: warning: " + w));
        System.out.println(summary.oneLine() + " -> " + out);
        return summary.succeeded() ? 0 : 1;
    }
}
