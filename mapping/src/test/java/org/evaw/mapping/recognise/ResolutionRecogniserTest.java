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
import org.junit.jupiter.params.provider.ValueSource;

/** Which written forms {@link ResolutionRecogniser} takes for resolutions, and the symbols it gives them. */
class ResolutionRecogniserTest {

    private static final Path CORPUS = Path.of("../corpus");
    private final IriMinter iris = IriMinter.defaultBase();
    private final ResolutionRecogniser recogniser = new ResolutionRecogniser(iris);

    @Test
    void readsABareSessionalNumberAsAGeneralAssemblyResolutionWithLowerConfidence() {
        String text = "as called for in resolution 52/86, Member States";
        List<Mention> found = recogniser.find(text, 0, text.length());
        assertEquals(1, found.size(), found.toString());
        Mention m = found.get(0);
        assertAll(
                () -> assertEquals("A/RES/52/86", m.entity().code()),
                () -> assertEquals(0.7, m.confidence(), 1e-9),
                () -> assertEquals(EntityType.RESOLUTION, m.entity().type()),
                () -> assertEquals("http://localhost:3030/id/resolution/a-res-52-86", m.entity().iri()),
                () -> assertEquals("http://localhost:3030/id/body/general-assembly", m.entity().broader()),
                () -> assertFalse(m.entity().inReference()),
                () -> assertEquals("resolution 52/86", text.substring(m.start(), m.end())));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            A/Res/70/176                                                                     | A/RES/70/176
            a/res/70/176                                                                     | A/RES/70/176
            A/RES/68/191 and A/Res/70/176                                                    | A/RES/68/191 A/RES/70/176
            General Assembly resolution “Crime prevention and criminal justice measures to eliminate violence against women” (52/86) | A/RES/52/86
            General Assembly resolution "Crime prevention and criminal justice measures" (52/86) | A/RES/52/86
            General Assembly resolution 48/104                                               | A/RES/48/104
            General Assembly resolutions 68/191 and 70/176                                   | A/RES/68/191 A/RES/70/176
            Economic and Social Council resolution “Guidelines on Justice in Matters involving Child Victims and Witnesses of Crime” (2005/20) | E/RES/2005/20
            ECOSOC resolution 2005/20                                                        | E/RES/2005/20
            Security Council Resolution 1325                                                 | S/RES/1325
            UN Security Council resolution 1325                                             | S/RES/1325
            UNSCR 1325                                                                       | S/RES/1325
            S/RES/1325 (2000)                                                                | S/RES/1325
            A/HRC/RES/53/23                                                                  | A/HRC/RES/53/23
            Human Rights Council resolution 32/19                                            | A/HRC/RES/32/19
            resolution 18/1 of the Commission on Crime Prevention and Criminal Justice       | E/CN.15/RES/18/1
            E/CN.15/RES/18/1                                                                 | E/CN.15/RES/18/1
            E/CN.6/RES/56/3                                                                  | E/CN.6/RES/56/3
            GA res. 48/104                                                                   | A/RES/48/104
            la résolution 1325 (2000) du Conseil de sécurité                                 | S/RES/1325
            les résolutions 1820 et 1888 du Conseil de sécurité                              | S/RES/1820 S/RES/1888
            les résolutions du Conseil de sécurité 1820 (2008), 1960 (2010) et 2100 (2013)   | S/RES/1820 S/RES/1960 S/RES/2100
            la resolución 48/104 de la Asamblea General                                      | A/RES/48/104
            la resolución 1325 del Consejo de Seguridad                                      | S/RES/1325
            la résolution 53/23 du Conseil des droits de l'homme                             | A/HRC/RES/53/23
            a resolução 1325 do Conselho de Segurança                                        | S/RES/1325
            HRC Res 53/23                                                                    | A/HRC/RES/53/23
            Security Council res. 2467 (2019)                                                | S/RES/2467
            """)
    void normalisesEachWrittenFormToItsSymbol(String text, String symbols) {
        List<Mention> found = recogniser.find(text, 0, text.length());
        assertEquals(List.of(symbols.split(" ")), found.stream().map(m -> m.entity().code()).toList(), text);
        for (Mention m : found) {
            assertEquals(1.0, m.confidence(), 1e-9, text);
            assertEquals(iris.entity("resolution", m.entity().code()), m.entity().iri());
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Security Council resolutions 1325 (2000) and 1820 (2008) | S/RES/1325 S/RES/1820
            UNSCR 1325, 1820 and 1888                                | S/RES/1325 S/RES/1820 S/RES/1888
            resolutions 65/228 and 65/229                            | A/RES/65/228 A/RES/65/229
            resolutions 1325 (2000), 1820, 1888 and 1960             | S/RES/1325 S/RES/1820 S/RES/1888 S/RES/1960
            Security Council resolutions 1325 and 1820               | S/RES/1325 S/RES/1820
            notamment la résolution 1325 (2000) et la résolution 1820 (2008) | S/RES/1325 S/RES/1820
            as resoluções 1325 e 1820                                | S/RES/1325 S/RES/1820
            It acts under Security Council resolution 1325 (2000) and the resolutions on sexual violence that followed it (1820, 1888 and 1960). | S/RES/1325 S/RES/1820 S/RES/1888 S/RES/1960
            Under UNSCR 1325, the mission applies the later resolutions on women and peace (2106 and 2122). | S/RES/1325 S/RES/2106 S/RES/2122
            """)
    void readsEveryNumberOfAListedCitation(String text, String symbols) {
        List<String> found = recogniser.find(text, 0, text.length()).stream().map(m -> m.entity().code()).toList();
        assertEquals(List.of(symbols.split(" ")), found, text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The resolutions of the Assembly on trafficking (1820, 1888 and 1960) were discussed.",
            "Under Security Council resolution 1325 (2000), the resolutions adopted in those years (2008, 2009 and 2010) were read.",
            "Under Security Council resolution 1325, the resolutions it trained 120 and 300 officers on.",
            "The GA resources 48 and 52 were counted; the SC res team met 12 staff.",
    })
    void readsNoBracketedListWithoutACitedCouncilResolutionOrAboutYears(String text) {
        List<String> found = recogniser.find(text, 0, text.length()).stream().map(m -> m.entity().code())
                .filter(c -> !c.equals("S/RES/1325")).toList();
        assertEquals(List.of(), found, text);
    }

    @Test
    void readsTheAcronymsTheReferenceDataGivesTheHumanRightsCouncil() {
        // bodies.ttl gives the Council the altLabel "UNHRC"; UNGA and UNSC are read, so UNHRC should be too.
        assertEquals("A/HRC/RES/32/19", only("UNHRC resolution 32/19").entity().code());
    }

    @Test
    void givesNoOtherBodyAResolutionWhoseBodyIsNamed() {
        // The Commission on Human Rights numbered its resolutions E/CN.4/RES/<year>/<number> (bodies.ttl).
        String text = "Commission on Human Rights resolution 2003/45";
        List<String> found = recogniser.find(text, 0, text.length()).stream().map(m -> m.entity().code()).toList();
        assertFalse(found.contains("E/RES/2003/45"), found.toString());
    }

    @Test
    void givesEachResolutionTheBodyThatAdoptedIt() {
        assertAll(
                () -> assertEquals(iris.entity("body", "security-council"), only("UNSCR 1325").entity().broader()),
                () -> assertEquals(iris.entity("body", "ecosoc"), only("ECOSOC resolution 2005/20").entity().broader()),
                () -> assertEquals(iris.entity("body", "hrc"), only("A/HRC/RES/53/23").entity().broader()),
                () -> assertEquals(iris.entity("body", "ccpcj"),
                        only("resolution 18/1 of the Commission on Crime Prevention and Criminal Justice").entity().broader()));
    }

    @ParameterizedTest(name = "no resolution in \"{0}\"")
    @ValueSource(strings = {
            "the report of the Special Rapporteur (A/HRC/35/30)",
            "A/HRC/35/30",
            "the report of the Secretary-General (E/CN.6/2019/3)",
            "E/CN.6/2019/3",
            "Mandated by a UN Security Council resolution, UNODC has developed a toolkit.",
            "a UN Security Council resolution",
            "In 2010, UNODC has received the GA mandate to collect data.",
            "CEDAW General Recommendation 38",
            "the 30th Session of the Commission on Crime Prevention and Criminal Justice (May 2023)",
            "trained 103 criminal justice professionals in 2019/2020"})
    void findsNoResolutionInReportSymbolsOrUnnumberedReferences(String text) {
        assertEquals(List.of(), recogniser.find(text, 0, text.length()));
    }

    @Test
    void findsEveryResolutionOfACorpusPolicyFramework() throws IOException {
        String page = corpus("001_62342d8e6123a918.txt");
        int from = page.indexOf("UNODC’s policy framework");
        int to = page.indexOf('\n', from);
        List<Mention> found = recogniser.find(page, from, to);
        assertEquals(List.of("A/RES/52/86", "A/RES/48/104", "A/RES/65/228", "A/RES/65/229", "E/RES/2005/20",
                        "A/RES/68/191", "A/RES/70/176"),
                found.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).map(m -> m.entity().code()).toList());
        for (Mention m : found)
            assertTrue(from <= m.start() && m.end() <= to, m.toString());
        Mention quoted = found.stream().filter(m -> m.entity().code().equals("A/RES/52/86")).findFirst().orElseThrow();
        String span = page.substring(quoted.start(), quoted.end());
        assertTrue(span.startsWith("General Assembly resolution “Crime prevention") && span.endsWith("(52/86)"), span);
    }

    @Test
    void findsACommissionResolutionInACorpusEntry() throws IOException {
        String page = corpus("003_dda3bc090efb0ee8.txt");
        int from = page.indexOf("Pursuant to resolution 18/1");
        int to = page.indexOf('\n', from);
        List<Mention> found = recogniser.find(page, from, to);
        assertEquals(List.of("E/CN.15/RES/18/1"), found.stream().map(m -> m.entity().code()).toList());
        assertEquals("resolution 18/1 of the Commission on Crime Prevention and Criminal Justice",
                page.substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void findsOnlyNumberedResolutionsInCorpusSearchListings() throws IOException {
        String unnumbered = corpus("002_f077066088d986e5.txt");
        assertEquals(List.of(), recogniser.find(unnumbered, 0, unnumbered.length()));
        String numbered = corpus("004_3779468c5b1d477d.txt");
        List<Mention> found = recogniser.find(numbered, 0, numbered.length());
        assertEquals(List.of("S/RES/1325"), found.stream().map(m -> m.entity().code()).toList());
        assertEquals("UN Security Council Resolution 1325", numbered.substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void looksOnlyInsideTheGivenSpan() {
        String text = "General Assembly resolution 48/104 and UNSCR 1325 and A/RES/70/176";
        int from = text.indexOf("UNSCR");
        int to = text.indexOf(" and A/RES");
        List<Mention> found = recogniser.find(text, from, to);
        assertEquals(List.of("S/RES/1325"), found.stream().map(m -> m.entity().code()).toList());
        assertEquals(from, found.get(0).start());
    }

    private Mention only(String text) {
        List<Mention> found = recogniser.find(text, 0, text.length());
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static String corpus(String file) throws IOException {
        return Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
    }
}
