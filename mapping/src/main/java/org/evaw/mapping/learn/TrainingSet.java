package org.evaw.mapping.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.evaw.mapping.Corpus;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.mapping.page.PageFormatException;
import org.evaw.mapping.page.SourcePage;

import opennlp.tools.namefind.NameSample;

/**
 * Annotated documents to learn names from: the pages of a corpus directory that have a gold file
 * ({@code NAME.txt} → {@code gold/NAME.json}), in name order, with the bytes of both, so that
 * {@link #sha256()} says exactly what a model was trained on.
 */
public record TrainingSet(List<Document> documents) {
    /** One annotated page: its file name, its bytes and its gold annotation's bytes. */
    public record Document(String name, byte[] page, byte[] gold) {
        public SourcePage source() throws PageFormatException {
            return PageDecoder.decode(name, page);
        }

        public JsonObject goldJson() {
            return JSON.parse(new String(gold, StandardCharsets.UTF_8));
        }
    }

    public TrainingSet {
        documents = List.copyOf(documents);
    }

    /** The pages of {@code corpus} that have a gold file in {@code gold}; a page without one is left out. */
    public static TrainingSet read(Path corpus, Path gold) throws IOException {
        List<Document> documents = new ArrayList<>();
        for (Path page : Corpus.pages(corpus)) {
            String name = page.getFileName().toString();
            Path goldFile = gold.resolve(name.replaceFirst("\\.[^.]*$", "") + ".json");
            if (Files.exists(goldFile))
                documents.add(new Document(name, Files.readAllBytes(page), Files.readAllBytes(goldFile)));
        }
        return new TrainingSet(documents);
    }

    /** The documents at the given positions, in that order. */
    public TrainingSet subset(List<Integer> positions) {
        return new TrainingSet(positions.stream().map(documents::get).toList());
    }

    /** The training samples of every document, in order; a page that is not text gives none. */
    public List<NameSample> samples() {
        List<NameSample> samples = new ArrayList<>();
        for (Document d : documents) {
            try {
                samples.addAll(NameSamples.of(d.source(), d.goldJson()));
            } catch (PageFormatException e) {
                // Not text: nothing to learn from it, as eval reads nothing from it.
            }
        }
        return samples;
    }

    /** SHA-256 over every document's name, page and gold, in order: changes when any of them does. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Document d : documents) {
                digest.update(d.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(d.page());
                digest.update((byte) 0);
                digest.update(d.gold());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
