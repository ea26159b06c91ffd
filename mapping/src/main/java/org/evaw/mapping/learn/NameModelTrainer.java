package org.evaw.mapping.learn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the name finder: OpenNLP's maximum entropy (GIS) learner over the features of
 * {@code name-features.xml}, on one thread, with fixed parameters, so that the same samples give
 * the same model. {@link #bytes} writes a model with no timestamps in it, so that the same model
 * gives the same bytes.
 * <pre>
 *   TokenNameFinderModel model = NameModelTrainer.train(samples);
 *   Files.write(out, NameModelTrainer.bytes(model));
 * </pre>
 */
public final class NameModelTrainer {
    /** GIS iterations: the log-likelihood has settled well before on the development set. */
    static final int ITERATIONS = 150;
    /** A feature seen once is kept: the development set is small, and names are rare. */
    static final int CUTOFF = 1;

    private NameModelTrainer() {}

    static {
        NameShapeFeaturesFactory.allow();
    }

    /** A model trained on {@code samples}. */
    static TokenNameFinderModel train(List<NameSample> samples) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features(), Map.of(), new BioCodec());
            return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters, factory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature descriptor, as shipped beside this class. */
    static byte[] features() {
        try (InputStream in = NameModelTrainer.class.getResourceAsStream("name-features.xml")) {
            if (in == null)
                throw new IllegalStateException("name-features.xml is missing from the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The model as bytes that depend on the model alone: OpenNLP writes a zip whose entries carry the
     * time of writing and whose manifest carries it as a comment and a {@code Timestamp}: each is set to 0 or dropped.
     */
    public static byte[] bytes(TokenNameFinderModel model) {
        try {
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            model.serialize(written);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written.toByteArray()));
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    if (e.getName().endsWith(".properties"))
                        content = withoutComments(content);
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTime(0);
                    zip.putNextEntry(copy);
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] withoutComments(byte[] properties) {
        String text = new String(properties, StandardCharsets.ISO_8859_1);
        StringBuilder kept = new StringBuilder();
        text.lines().filter(l -> !l.startsWith("#")).map(l -> l.startsWith("Timestamp=") ? "Timestamp=0" : l).sorted()
                .forEach(l -> kept.append(l).append('\n'));
        return kept.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
