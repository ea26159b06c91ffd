package org.evaw.mapping.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.evaw.mapping.Corpus;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageDecoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole corpus against the gold annotations written by reading each page
 * ({@code src/test/resources/org/evaw/mapping/gold}): every entity type must reach F1 0.95, and a
 * failure names what was missed or invented.
 */
class CorpusGoldTest {
    private static final double MIN_F1 = 0.95;
    private static final GoldComparison comparison = new GoldComparison();

    @BeforeAll
    static void compareCorpus() throws Exception {
        Mapper mapper = new Mapper(IriMinter.defaultBase());
        for (Path page : Corpus.pages(Path.of("../corpus"))) {
            String name = page.getFileName().toString();
            JsonObject extracted = ExtractReport.of(mapper.analyser().analyse(PageDecoder.read(page)), mapper.recognisers(), false);
            String goldName = "/org/evaw/mapping/gold/" + name.replaceFirst("\\.txt$", ".json");
            try (InputStream in = CorpusGoldTest.class.getResourceAsStream(goldName)) {
                assertTrue(in != null, "no gold file for " + name);
                comparison.add(name, extracted, JSON.parse(in));
            }
        }
    }

    @Test
    void everyEntityTypeReachesTheF1Threshold() {
        comparison.byType().forEach((type, score) -> assertTrue(score.f1() >= MIN_F1,
                type + " F1 " + score.f1() + " < " + MIN_F1 + "\n" + comparison.report()));
    }

    @Test
    void goldHasEntitiesOfEveryType() {
        comparison.byType().forEach((type, score) -> assertTrue(score.truePositives() + score.misses().size() > 0,
                "gold annotations list no " + type));
    }

    @Test
    void reportNamesMissesAndInventions() {
        GoldComparison one = new GoldComparison();
        one.add("doc.txt", JSON.parse("{\"countries\":[{\"iso3\":\"VNM\"},{\"iso3\":\"FRA\"}]}"),
                JSON.parse("{\"countries\":[{\"iso3\":\"VNM\"},{\"iso3\":\"KGZ\"}]}"));
        String report = one.report();
        assertTrue(report.contains("\ndoc.txt\n  missed   countries: KGZ\n  invented countries: FRA\n"), report);
        assertTrue(report.contains("doc.txt          0.500  0.500  0.500      2"), report);
        assertTrue(Math.abs(one.byType().get("countries").f1() - 0.5) < 1e-9, report);
    }
}
