package org.evaw.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.evaw.mapping.learn.NameModel;
import org.evaw.mapping.learn.TrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train-names}: trains the learnt name finder on annotated documents and writes the model
 * with its sidecar (documents and SHA-256 of what it was trained on). The same documents give the
 * same bytes. The shipped model is trained on the development set:
 * {@code evaw-kg train-names --corpus eval/dev --gold eval/dev/gold --out mapping/src/main/resources/org/evaw/mapping/learn/names-model.bin}.
 */
@Command(name = "train-names",
        description = "Train the learnt recogniser of partners and programmes on gold-annotated documents and write "
                + "the model, with a sidecar (.properties) naming what it was trained on. Deterministic.")
final class TrainNamesCommand implements Callable<Integer> {
    @Mixin
    AnnotatedDocumentsOption annotated;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The model file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TrainingSet set = annotated.read();
        NameModel.TrainedOn trained;
        // OpenNLP's trainer reports its iterations only once it has finished, so the one step is the whole training.
        try (Progress progress = Progress.start("train-names", 1, spec.commandLine().getErr())) {
            progress.note("training on " + set.documents().size() + " documents (minutes on the dev set)");
            trained = NameModel.train(set, out);
            progress.step(out.getFileName().toString());
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("trained on " + trained.documents() + " documents (sha256 " + trained.sha256() + "): " + out);
        o.flush();
        return 0;
    }
}
