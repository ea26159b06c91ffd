package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.evaw.mapping.iri.IriMinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which organisation names {@link OrganisationPatternRecogniser} finds by their shape, and which it leaves. */
class OrganisationPatternRecogniserTest {

    private static final Path CORPUS = Path.of("../corpus");
    private final IriMinter iris = IriMinter.defaultBase();
    private final OrganisationPatternRecogniser recogniser = new OrganisationPatternRecogniser(iris);

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            001_62342d8e6123a918.txt | Ministry of Women and Social Affairs | In Ethiopia, UNODC supported
            004_3779468c5b1d477d.txt | National Civil Police                | In Guatemala, UNODC’s support
            004_3779468c5b1d477d.txt | Attorney-General’s Office            | In Guatemala, UNODC supported
            003_dda3bc090efb0ee8.txt | Women’s Institute of Durango         | UNODC continued the training
            002_f077066088d986e5.txt | Ministry of Justice of Somaliland    | In Somalia, UNODC collaborated
            004_3779468c5b1d477d.txt | Afghan National High Commission on Trafficking in Persons | In the framework of the GLO.ACT
            """)
    void findsOrganisationNamesInCorpusPassages(String file, String name, String passageStart) throws IOException {
        String page = corpus(file);
        int from = page.indexOf(passageStart);
        int to = page.indexOf('\n', from);
        Mention m = recogniser.find(page, from, to).stream()
                .filter(x -> x.entity().label().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in: " + labels(page, from, to)));
        assertAll(
                () -> assertEquals(name, page.substring(m.start(), m.end())),
                () -> assertEquals(EntityType.PARTNER, m.entity().type()),
                () -> assertEquals(iris.entity("partner", name), m.entity().iri()),
                () -> assertEquals(OrganisationPatternRecogniser.CONFIDENCE, m.confidence(), 1e-9),
                () -> assertFalse(m.entity().inReference()));
    }

    @Test
    void keepsAPlaceThatEndsAnOrganisationName() {
        String text = "UNODC supported the Ministry of Justice of Somaliland in drafting rules of procedure.";
        assertEquals(List.of("Ministry of Justice of Somaliland"), labels(text));
    }

    @Test
    void readsAHeadFollowedByACapitalisedWordAsAModifier() {
        String text = "UNODC organized an Expert Group Meeting on interlinkages of trafficking in persons with marriage.";
        assertEquals(List.of(), labels(text));
    }

    @Test
    void findsNothingInAGenericReference() {
        assertAll(
                () -> assertEquals(List.of(), labels("In Kyrgyzstan, the Office assisted the Government in establishing a centre.")),
                () -> assertEquals(List.of(), labels("The Office supports and undertakes research related to trafficking in persons.")));
    }

    @Test
    void startsNoNameWithTheWordThatStartsTheSentence() throws IOException {
        String page = corpus("004_3779468c5b1d477d.txt");
        int from = page.indexOf("In Guatemala, UNODC supported");
        int to = page.indexOf('\n', from);
        List<String> found = labels(page, from, to);
        assertEquals(List.of("National Police", "Attorney-General’s Office"), found);
        assertTrue(found.stream().noneMatch(l -> l.contains("Guatemala") || l.contains("UNODC")), found.toString());
    }

    @Test
    void findsNothingBeyondTheGivenSpan() {
        String text = "the Ministry of Women and Social Affairs and the National Civil Police";
        int from = text.indexOf("the National");
        assertEquals(List.of("National Civil Police"),
                recogniser.find(text, from, text.length()).stream().map(m -> m.entity().label()).toList());
    }

    private List<String> labels(String text) {
        return labels(text, 0, text.length());
    }

    private List<String> labels(String text, int from, int to) {
        return recogniser.find(text, from, to).stream().map(m -> m.entity().label()).toList();
    }

    private static String corpus(String file) throws IOException {
        return Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
    }
}
