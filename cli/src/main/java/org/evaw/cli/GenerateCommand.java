package org.evaw.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.evaw.generator.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate}: writes a synthetic corpus of inventory pages, with the gold annotations of each. */
@Command(name = "generate",
        description = "Write N synthetic inventory pages drawn from the reference data, deterministically from "
                + "the seed, and the gold JSON of each (in DIR/gold, the shape 'extract --json' prints).")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--docs", required = true, paramLabel = "N", description = "Number of pages.")
    int docs;

    @Option(names = "--seed", paramLabel = "S", description = "Seed: the same seed writes the same bytes (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the pages; gold JSON goes to DIR/gold.")
    Path out;

    @Mixin
    BaseOption base;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (docs < 1)
            throw new ParameterException(spec.commandLine(), "--docs must be 1 or more: " + docs);
        CorpusGenerator generator = new CorpusGenerator(base.minter());
        CorpusGenerator.Summary summary;
        try (Progress progress = Progress.start("generate", docs, spec.commandLine().getErr())) {
            summary = generator.write(docs, seed, out, progress::step);
        }
        spec.commandLine().getOut().println(summary.oneLine(out));
        return 0;
    }
}
