package org.evaw.mapping.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The shipped model was trained on today's development set: when a document or a gold file of
 * {@code eval/dev} is added or changed, this fails until the model is trained again with
 * {@code bin/evaw-kg train-names --corpus eval/dev --gold eval/dev/gold --out mapping/src/main/resources/org/evaw/mapping/learn/names-model.bin}.
 */
class ShippedNameModelTest {
    @Test
    void wasTrainedOnTheDevelopmentSetAsItIsNow() throws Exception {
        TrainingSet dev = TrainingSet.read(Path.of("../eval/dev"), Path.of("../eval/dev/gold"));
        NameModel.TrainedOn shipped = NameModel.bundledTrainedOn();
        assertEquals(dev.documents().size(), shipped.documents(), "documents the shipped model was trained on: retrain with evaw-kg train-names");
        assertEquals(dev.sha256(), shipped.sha256(), "eval/dev changed since the shipped model was trained: retrain with evaw-kg train-names");
    }
}
