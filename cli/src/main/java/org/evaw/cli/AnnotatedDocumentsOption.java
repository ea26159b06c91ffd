package org.evaw.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.evaw.mapping.learn.TrainingSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options {@code --corpus DIR --gold DIR} of the commands that learn from annotated documents
 * ({@code train-names}, {@code cross-validate}, {@code check-gold}), as a Picocli mixin: both folders must exist, and
 * at least one page must have its gold file.
 */
final class AnnotatedDocumentsOption {
    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Directory of annotated pages.")
    Path corpus;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of gold JSON files.")
    Path gold;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The pages that have a gold file, with their gold; a usage error names a folder that is missing or empty of them. */
    TrainingSet read() throws IOException {
        if (!Files.isDirectory(corpus))
            throw new ParameterException(spec.commandLine(), "--corpus " + corpus + ": not a directory");
        if (!Files.isDirectory(gold))
            throw new ParameterException(spec.commandLine(), "--gold " + gold + ": not a directory");
        TrainingSet set = TrainingSet.read(corpus, gold);
        if (set.documents().isEmpty())
            throw new ParameterException(spec.commandLine(), "no page of " + corpus + " has a gold file in " + gold);
        return set;
    }
}
