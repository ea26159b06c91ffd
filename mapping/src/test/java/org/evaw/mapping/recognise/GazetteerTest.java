package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the {@link Gazetteer} built from the bundled reference data matches names in text. */
class GazetteerTest {

    private static final Path CORPUS = Path.of("../corpus");
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadReferenceData() {
        Model ref = ReferenceData.load(IriMinter.defaultBase());
        gazetteer = GazetteerLoader.from(ref);
    }

    @Test
    void matchesAcronymsOnlyAsWritten() {
        String unodc = IRIS.entity("agency", "unodc");
        assertAll(
                () -> assertEquals(List.of(unodc), iris("UNODC trained police officers.")),
                () -> assertEquals(List.of(), iris("Unodc trained police officers.")),
                () -> assertEquals(List.of(), iris("unodc trained police officers.")));
    }

    @Test
    void matchesNamesInAnyCaseButOnlyWhereTheFirstWordIsCapitalised() {
        assertAll(
                () -> assertEquals(List.of("VNM"), countries("In Viet Nam, UNODC trained police officers.")),
                () -> assertEquals(List.of("VNM"), countries("IN VIET NAM, UNODC TRAINED")),
                () -> assertEquals(List.of(), countries("in viet nam, police officers were trained")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Cox’s Bazar", "Cox's Bazar", "Cox\u02BCs Bazar"})
    void matchesCurlyAndStraightApostrophesAlike(String name) {
        assertEquals(List.of(IRIS.entity("place", "coxs-bazar")), iris("In " + name + ", UNFPA opened a centre.", EntityType.PLACE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Côte d’Ivoire", "Côte d'Ivoire", "Cote d'Ivoire"})
    void matchesCountryNamesWithEitherApostrophe(String name) {
        assertEquals(List.of(IRIS.entity("country", "civ")), iris("In " + name + ", UNFPA opened a centre.", EntityType.COUNTRY));
    }

    @Test
    void prefersTheLongestName() {
        assertAll(
                () -> assertEquals(List.of(), countries("In Southern Africa, UNODC held a workshop.")),
                () -> assertEquals(List.of("DOM"), countries("In the Dominican Republic, the Office trained judges.")),
                () -> assertEquals(List.of("DMA"), countries("In Dominica, the Office trained judges.")),
                () -> assertEquals(List.of("NER", "NGA"), countries("Niger and Nigeria")),
                () -> assertEquals(List.of("NGA", "NER"), countries("Nigeria, Niger")),
                () -> assertEquals(List.of("SSD", "SDN"), countries("South Sudan and Sudan")),
                () -> assertEquals(List.of("GNB", "GIN", "PNG", "GNQ"),
                        countries("Guinea-Bissau, Guinea, Papua New Guinea and Equatorial Guinea")),
                () -> assertEquals(List.of("COD", "COG"),
                        countries("the Democratic Republic of the Congo and the Republic of the Congo")));
    }

    @Test
    void matchesAPlaceByItsWholeNameRatherThanItsParts() {
        String text = "violence against women in the West Bank and Gaza Strip, in partnership with UNFPA";
        List<Mention> places = gazetteer.find(text, 0, text.length()).stream()
                .filter(m -> m.entity().type() == EntityType.PLACE).toList();
        assertEquals(1, places.size(), places.toString());
        assertAll(
                () -> assertEquals(IRIS.entity("place", "west-bank-and-gaza-strip"), places.get(0).entity().iri()),
                () -> assertEquals("West Bank and Gaza Strip", text.substring(places.get(0).start(), places.get(0).end())));
    }

    @ParameterizedTest(name = "{0} → {1} in {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Viet Nam                 | COUNTRY | country/vnm                   | vnm
            Vietnam                  | COUNTRY | country/vnm                   | vnm
            Kyrgyz Republic          | COUNTRY | country/kgz                   | kgz
            Kyrgyzstan               | COUNTRY | country/kgz                   | kgz
            Lao PDR                  | COUNTRY | country/lao                   | lao
            State of Palestine       | COUNTRY | country/pse                   | pse
            S.Africa                 | COUNTRY | country/zaf                   | zaf
            S. Africa                | COUNTRY | country/zaf                   | zaf
            Bolivia                  | COUNTRY | country/bol                   | bol
            Iran                     | COUNTRY | country/irn                   | irn
            Bishkek                  | PLACE   | place/bishkek                 | kgz
            Rajasthan                | PLACE   | place/rajasthan               | ind
            Somaliland               | PLACE   | place/somaliland              | som
            West Bank and Gaza Strip | PLACE   | place/west-bank-and-gaza-strip | pse
            Santiago de Cali         | PLACE   | place/santiago-de-cali        | col
            """)
    void recognisesCountriesAndPlacesWithTheirCountry(String name, EntityType type, String id, String country) {
        String text = "In " + name + ", UNODC trained police officers.";
        Mention m = gazetteer.find(text, 0, text.length()).stream()
                .filter(x -> x.start() == 3).findFirst()
                .orElseThrow(() -> new AssertionError("no mention at \"" + name + "\" in " + text));
        assertAll(
                () -> assertEquals(name, text.substring(m.start(), m.end())),
                () -> assertEquals(type, m.entity().type()),
                () -> assertEquals(IRIS.base() + "id/" + id, m.entity().iri()),
                () -> assertEquals(IRIS.entity("country", country), m.entity().broader()),
                () -> assertEquals(1.0, m.confidence(), 1e-9),
                () -> assertTrue(m.entity().inReference()));
    }

    @Test
    void findsEveryCountryOfACorpusListAndNoNeighbour() throws IOException {
        String page = corpus("001_62342d8e6123a918.txt");
        int from = page.indexOf("View MoreDuring the reporting period");
        int to = page.indexOf('\n', from);
        assertEquals(List.of("COL", "DOM", "EGY", "ETH", "IRQ", "KEN", "KGZ", "MRT", "MEX", "NGA", "PAK", "PAN",
                "PSE", "SOM", "VNM"), countries(page, from, to));
    }

    @Test
    void findsTheCountriesOfACorpusProgrammeList() throws IOException {
        String page = corpus("002_f077066088d986e5.txt");
        int from = page.indexOf("UNODC continues to provide expert assistance through Global Action");
        int to = page.indexOf('\n', from);
        assertEquals(List.of("BLR", "BRA", "COL", "EGY", "KGZ", "LAO", "MLI", "MAR", "NPL", "NER", "PAK", "ZAF", "UKR"),
                countries(page, from, to));
    }

    @Test
    void readsNoSouthAfricaIntoSouthernAfricaOnACorpusPage() throws IOException {
        String page = corpus("003_dda3bc090efb0ee8.txt");
        int from = page.indexOf("During the period March 2011");
        int to = page.indexOf('\n', from);
        assertEquals(List.of("BWA", "LSO", "MOZ", "NAM", "ZAF", "ZWE"), countries(page, from, to));
        String zaf = IRIS.entity("country", "zaf");
        for (Mention m : gazetteer.find(page, from, to)) {
            if (m.entity().iri().equals(zaf))
                assertEquals("South Africa", page.substring(m.start(), m.end()));
        }
    }

    private static List<String> iris(String text) {
        return gazetteer.find(text, 0, text.length()).stream().map(m -> m.entity().iri()).toList();
    }

    private static List<String> iris(String text, EntityType type) {
        return gazetteer.find(text, 0, text.length()).stream()
                .filter(m -> m.entity().type() == type).map(m -> m.entity().iri()).toList();
    }

    private static List<String> countries(String text) {
        return countries(text, 0, text.length());
    }

    private static List<String> countries(String text, int from, int to) {
        return gazetteer.find(text, from, to).stream()
                .filter(m -> m.entity().type() == EntityType.COUNTRY)
                .map(m -> m.entity().code())
                .distinct()
                .toList();
    }

    private static String corpus(String file) throws IOException {
        return Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
    }
}
