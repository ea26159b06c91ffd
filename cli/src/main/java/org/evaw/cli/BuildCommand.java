package org.evaw.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.evaw.mapping.Corpus;
import org.evaw.pipeline.PageMapping;
import org.evaw.pipeline.corpus.BuildSummary;
import org.evaw.pipeline.corpus.CorpusBuild;
import org.evaw.pipeline.corpus.SparqlSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code build}: maps every page of the corpus to RDF, a named graph per page, validated with SHACL. */
@Command(name = "build",
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

    @Option(names = "--sparql-every", paramLabel = "N",
            description = "Check the SPARQL-based SHACL shapes on the first page and every Nth after it, 1 for every page; "
                    + "the SHACL Core shapes are checked on every page (default: ${DEFAULT-VALUE}).")
    int sparqlEvery = SparqlSample.DEFAULT_EVERY;

    @Mixin
    BaseOption base;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path dir = corpus != null ? corpus : Home.corpus();
        Lang lang = RDFLanguages.filenameToLang(out.toString(), Lang.NQUADS);
        if (!RDFLanguages.isQuads(lang))
            throw new ParameterException(spec.commandLine(), "--out must name a quads file (.nq, .nq.gz or .trig): " + out);
        if (threads < 1)
            throw new ParameterException(spec.commandLine(), "--threads must be 1 or more: " + threads);
        if (sparqlEvery < 1)
            throw new ParameterException(spec.commandLine(), "--sparql-every must be 1 or more: " + sparqlEvery);
        PrintWriter stdout = spec.commandLine().getOut(), stderr = spec.commandLine().getErr();
        List<Path> pages = Corpus.pages(dir);
        PageMapping mapping = new PageMapping(base.mapper());
        // Every format through the one pipeline, on all cores; N-Quads incrementally (see CorpusBuild).
        BuildSummary summary;
        try (Progress progress = Progress.start("build", pages.size(), stderr)) {
            summary = CorpusBuild.create(mapping).threads(threads).full(full).sparqlEvery(sparqlEvery)
                    .version(new Version().getVersion()[0]).build().run(pages, out, progress::step);
        }
        summary.failures().forEach(f -> stderr.println("evaw-kg build: " + f));
        summary.warnings().forEach(w -> stderr.println("evaw-kg build: warning: " + w));
        stdout.println(summary.oneLine() + " -> " + out);
        return summary.succeeded() ? 0 : 1;
    }
}
