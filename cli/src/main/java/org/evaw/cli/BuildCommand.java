package org.evaw.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.evaw.loader.Gzip;
import org.evaw.loader.build.CorpusBuild;
import org.evaw.mapping.build.BuildSummary;
import org.evaw.mapping.build.CorpusMapper;
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
        PrintWriter stdout = spec.commandLine().getOut(), stderr = spec.commandLine().getErr();
        List<Path> pages = CorpusMapper.pages(dir);
        CorpusMapper mapper = base.mapper();
        if (lang.equals(Lang.NQUADS)) {
            // N-Quads: mapped on all cores, and incrementally (see CorpusBuild and its manifest).
            CorpusBuild.Result result;
            try (Progress progress = Progress.start("build", pages.size(), stderr)) {
                result = CorpusBuild.create(mapper, base.minter()).threads(threads).full(full)
                        .version(new Version().getVersion()[0]).build().run(pages, out, progress::step);
            }
            result.summary().failures().forEach(f -> stderr.println("evaw-kg build: " + f));
            result.summary().warnings().forEach(w -> stderr.println("evaw-kg build: warning: " + w));
            stdout.println(result.oneLine() + " -> " + out);
            return result.summary().succeeded() ? 0 : 1;
        }
        // Written beside the target and moved into place at the end: a failed build leaves no half file.
        Path absolute = out.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".part");
        BuildSummary summary;
        try (OutputStream os = Gzip.named(out) ? new GZIPOutputStream(Files.newOutputStream(partial)) : Files.newOutputStream(partial);
             Progress progress = Progress.start("build", pages.size(), stderr)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(os, lang);
            writer.start();
            summary = mapper.map(pages, writer, progress::step);
            writer.finish();
        } catch (Exception e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        summary.failures().forEach(f -> stderr.println("evaw-kg build: " + f));
        summary.warnings().forEach(w -> stderr.println("evaw-kg build: warning: " + w));
        stdout.println(summary.oneLine() + " -> " + out);
        return summary.succeeded() ? 0 : 1;
    }
}
