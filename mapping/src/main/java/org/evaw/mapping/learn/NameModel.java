package org.evaw.mapping.learn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The name-finder model shipped with the mapper ({@code names-model.bin} beside this class) and its
 * sidecar ({@code names-model.properties}): how many documents it was trained on and the SHA-256 of
 * their pages and gold ({@link TrainingSet#sha256()}), so that a test notices when the development
 * set has changed and the model needs training again ({@code evaw-kg train-names}).
 * <pre>
 *   Recogniser learnt = new LearntNameRecogniser(NameModel.bundled(), iris);
 * </pre>
 */
public final class NameModel {
    static final String MODEL = "names-model.bin";
    static final String SIDECAR = "names-model.properties";

    /** What a model was trained on. */
    public record TrainedOn(int documents, String sha256) {}

    private NameModel() {}

    static {
        NameShapeFeaturesFactory.allow();
    }

    /** The shipped model. */
    public static TokenNameFinderModel bundled() {
        try (InputStream in = NameModel.class.getResourceAsStream(MODEL)) {
            if (in == null)
                throw new IllegalStateException(MODEL + " is missing from the classpath: run evaw-kg train-names");
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the shipped model was trained on, as its sidecar says. */
    public static TrainedOn bundledTrainedOn() {
        try (InputStream in = NameModel.class.getResourceAsStream(SIDECAR)) {
            if (in == null)
                throw new IllegalStateException(SIDECAR + " is missing from the classpath: run evaw-kg train-names");
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return new TrainedOn(Integer.parseInt(p.getProperty("documents")), p.getProperty("sha256"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model from its bytes. */
    public static TokenNameFinderModel read(byte[] bytes) throws IOException {
        return new TokenNameFinderModel(new ByteArrayInputStream(bytes));
    }

    /**
     * Trains a model on {@code set} and writes it to {@code out}, with its sidecar beside it (the
     * same name, {@code .properties}); returns what it was trained on.
     */
    public static TrainedOn train(TrainingSet set, Path out) throws IOException {
        byte[] model = NameModelTrainer.bytes(NameModelTrainer.train(set.samples()));
        TrainedOn trainedOn = new TrainedOn(set.documents().size(), set.sha256());
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null)
            Files.createDirectories(dir);
        Files.write(out, model);
        String name = out.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".properties";
        Files.writeString(out.resolveSibling(name), "# What " + out.getFileName() + " was trained on (evaw-kg train-names):\n"
                + "# the documents with gold, and the SHA-256 of their names, pages and gold files in name order.\n"
                + "documents=" + trainedOn.documents() + "\nsha256=" + trainedOn.sha256() + "\n", StandardCharsets.UTF_8);
        return trainedOn;
    }
}
