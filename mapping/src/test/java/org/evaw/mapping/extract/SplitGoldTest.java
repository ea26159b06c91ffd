package org.evaw.mapping.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.evaw.mapping.Corpus;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.ontology.OntologyFiles;
import org.evaw.mapping.learn.NameRecognition;
import org.evaw.mapping.page.PageDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A split of the evaluation set ({@code eval/dev}, {@code eval/test}: documents modelled on real
 * pages of many agencies, inventory pages and report prose, with gold annotations written by
 * reading them) must not fall below the F1 the mapper reached on it, type by type: the floors sit
 * just under the measured figures, so that a change that makes extraction worse cannot land
 * unnoticed. The same holds for what activities are classified by: the forms of violence
 * ({@code subjects}) and the kinds of intervention ({@code interventions}), scored on their own.
 * Documents are compared as {@code eval} compares them (with their mentions' quotes).
 */
abstract class SplitGoldTest {
    /** The split's folder, from the module's directory. */
    abstract Path split();

    /** The fewest documents with gold the split must have. */
    abstract int documents();

    /** F1 floors of the six entity types. */
    abstract Map<String, Double> floors();

    abstract double overallFloor();

    /** F1 floors of {@code subjects} and {@code interventions}. */
    abstract Map<String, Double> classificationFloors();

    /** How names are found: the mapper's default, unless the split says otherwise. */
    NameRecognition recognition() { return NameRecognition.DEFAULT; }

    @Test
    void everyEntityTypeAndClassificationStaysAboveItsFloor() throws Exception {
        GoldComparison comparison = new GoldComparison();
        int documents = 0;
        IriMinter iris = IriMinter.defaultBase();
        Mapper mapper = new Mapper(iris, List.of(), OntologyFiles.conceptSchemes(), recognition().learnt(iris));
        for (Path page : Corpus.pages(split())) {
            String name = page.getFileName().toString();
            Path gold = split().resolve("gold").resolve(name.replaceFirst("\\.[^.]*$", "") + ".json");
            if (!name.endsWith(".txt") || !Files.exists(gold))
                continue;
            JsonObject extracted = ExtractReport.of(mapper.analyser().analyse(PageDecoder.read(page)), mapper.recognisers(), true);
            try (InputStream in = Files.newInputStream(gold)) {
                comparison.add(name, extracted, JSON.parse(in));
            }
            documents++;
        }
        assertTrue(documents >= documents(), split() + " has " + documents + " documents with gold");
        List<Executable> checks = new ArrayList<>();
        floors().forEach((type, floor) -> checks.add(() -> assertTrue(comparison.byType().get(type).f1() >= floor,
                type + " F1 " + comparison.byType().get(type).f1() + " < " + floor + "\n" + comparison.report())));
        classificationFloors().forEach((type, floor) -> checks.add(() -> assertTrue(
                comparison.byClassification().get(type).f1() >= floor,
                type + " F1 " + comparison.byClassification().get(type).f1() + " < " + floor + "\n" + comparison.report())));
        checks.add(() -> assertTrue(comparison.overall().f1() >= overallFloor(),
                "overall F1 " + comparison.overall().f1() + " < " + overallFloor() + "\n" + comparison.report()));
        assertAll(checks);
    }
}
