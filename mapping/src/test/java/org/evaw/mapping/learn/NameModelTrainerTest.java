package org.evaw.mapping.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameModelTrainerTest {
    /** Five documents of the development set: enough names to learn from, quick to train on. */
    private static TrainingSet fiveDocuments() throws Exception {
        TrainingSet dev = TrainingSet.read(Path.of("../eval/dev"), Path.of("../eval/dev/gold"));
        return dev.subset(List.of(0, 5, 10, 15, 20));
    }

    @Test
    void theSameDocumentsGiveTheSameModelBytes(@TempDir Path dir) throws Exception {
        TrainingSet set = fiveDocuments();
        NameModel.train(set, dir.resolve("a.bin"));
        NameModel.train(set, dir.resolve("b.bin"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.bin")), Files.readAllBytes(dir.resolve("b.bin")));
        String sidecar = Files.readString(dir.resolve("a.properties"));
        assertTrue(sidecar.contains("documents=5\n") && sidecar.contains("sha256=" + set.sha256()), sidecar);
    }

    @Test
    void aModelReadBackFindsTheNamesItWasTrainedOn(@TempDir Path dir) throws Exception {
        TrainingSet set = fiveDocuments();
        NameModel.train(set, dir.resolve("m.bin"));
        var model = NameModel.read(Files.readAllBytes(dir.resolve("m.bin")));
        long spans = set.samples().stream().mapToLong(s -> new opennlp.tools.namefind.NameFinderME(model).find(s.getSentence()).length).sum();
        assertTrue(spans > 0, "the model finds names in its own training text");
    }
}
