package org.evaw.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.evaw.mapping.learn.CrossValidation;
import org.evaw.mapping.learn.TrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cross-validate}: k-fold cross-validation by document of the learnt recogniser. Each fold's
 * documents are read by the rules alone and by the rules with a model trained on the other folds,
 * and both are scored as {@code eval} scores them; the table adds up every held-out document.
 */
@Command(name = "cross-validate",
        description = "Cross-validate the learnt recogniser by document: train on all folds but one, map the held-out "
                + "documents with the rules alone and with the rules and the learnt names, and print both scores "
                + "per entity type, added up over the folds.")
final class CrossValidateCommand implements Callable<Integer> {
    @Mixin
    AnnotatedDocumentsOption annotated;

    @Option(names = "--folds", paramLabel = "K", description = "Number of folds (default: ${DEFAULT-VALUE}).")
    int folds = 5;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the shuffle that deals documents into folds (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--details", description = "Also print each fold's documents and the learnt recogniser's misses and inventions.")
    boolean details;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (folds < 2)
            throw new ParameterException(spec.commandLine(), "--folds " + folds + ": needs 2 or more");
        TrainingSet set = annotated.read();
        if (set.documents().size() < folds)
            throw new ParameterException(spec.commandLine(), "--folds " + folds + ": no more than the "
                    + set.documents().size() + " annotated documents");
        CrossValidation validation = new CrossValidation(folds, seed);
        CrossValidation.Result r;
        try (Progress progress = Progress.start("cross-validate", validation.steps(), spec.commandLine().getErr())) {
            r = validation.run(set, progress::step);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(set.documents().size() + " documents, " + folds + " folds, seed " + seed);
        out.print(r.table());
        if (details) {
            for (int f = 0; f < r.folds().size(); f++)
                out.println("fold " + (f + 1) + ": " + String.join(" ", r.folds().get(f)));
            out.println();
            out.println("rules+learnt, every held-out document:");
            out.print(r.learnt().report());
        }
        out.flush();
        return 0;
    }
}
