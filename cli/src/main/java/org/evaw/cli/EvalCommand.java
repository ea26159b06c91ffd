package org.evaw.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.evaw.mapping.Corpus;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.extract.ExtractReport;
import org.evaw.mapping.extract.GoldComparison;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.mapping.page.PageFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eval}: compares {@code extract} with gold annotations (one JSON per page, named like the
 * page with {@code .json}) and prints precision, recall and F1 per entity type and overall, then
 * for the classifications ({@code subjects}, {@code interventions}) on lines of their own, outside
 * the overall figure; the same for each document, then each document's misses and inventions.
 */
@Command(name = "eval",
        description = "Score the extraction against gold annotation files: precision, recall and F1 per "
                + "entity type, overall and per document, then per classification (subjects, interventions; "
                + "not in the overall figure), plus each document's misses and inventions.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of gold JSON files.")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Directory of pages (default: the bundled corpus).")
    Path corpus;

    @Option(names = "--against", paramLabel = "DIR", description = "Score another annotator's JSON files (named like the gold "
            + "files, in the extract --json contract) against the gold instead of the extraction: how far two annotators agree.")
    Path against;

    @Mixin
    BaseOption base;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(gold))
            throw new ParameterException(spec.commandLine(), "--gold " + gold + ": not a directory");
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (against != null)
            return agreement(out);
        Mapper mapper = base.mapper();
        GoldComparison comparison = new GoldComparison();
        int scored = 0;
        for (Path page : Corpus.pages(corpus != null ? corpus : Home.corpus())) {
            String name = page.getFileName().toString();
            Path goldFile = gold.resolve(name.replaceFirst("\\.[^.]*$", "") + ".json");
            if (!Files.exists(goldFile)) {
                err.println("evaw-kg eval: no gold file for " + name + ", skipped");
                continue;
            }
            JsonObject extracted;
            try {
                // With the mentions: an entity is also matched by the words the document used for it.
                extracted = ExtractReport.of(mapper.analyser().analyse(PageDecoder.read(page)), mapper.recognisers(), true);
            } catch (PageFormatException e) {
                // A file that is not text extracts nothing: its gold counts as missed.
                err.println("evaw-kg eval: " + e.getMessage());
                extracted = new JsonObject();
            }
            comparison.add(name, extracted, json(goldFile));
            scored++;
        }
        if (scored == 0)
            throw new ParameterException(spec.commandLine(), "no page of the corpus has a gold file in " + gold);
        return report(out, comparison, scored + " documents scored");
    }

    /** Each of {@code --against}'s files scored against the gold file of the same name, as extractions are. */
    private int agreement(PrintWriter out) throws Exception {
        if (!Files.isDirectory(against))
            throw new ParameterException(spec.commandLine(), "--against " + against + ": not a directory");
        GoldComparison comparison = new GoldComparison();
        List<Path> others;
        try (var files = Files.list(against)) {
            others = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        int scored = 0;
        for (Path other : others) {
            Path goldFile = gold.resolve(other.getFileName().toString());
            if (!Files.exists(goldFile))
                throw new ParameterException(spec.commandLine(), "no gold file for " + other + " in " + gold);
            comparison.add(other.getFileName().toString().replaceFirst("\\.json$", ".txt"), json(other), json(goldFile));
            scored++;
        }
        if (scored == 0)
            throw new ParameterException(spec.commandLine(), "no JSON file in " + against);
        return report(out, comparison, scored + " documents compared");
    }

    private static int report(PrintWriter out, GoldComparison comparison, String count) {
        out.print(comparison.report());
        out.println(count);
        out.flush();
        return 0;
    }

    private static JsonObject json(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.parse(in);
        }
    }
}
