package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Countries named in the UN's other languages are the same countries: a text in French, Spanish,
 * Russian, Arabic or Chinese ({@code languages/*.txt}) names them by CLDR's or the UN's names, in
 * the forms those languages give them (Russian cases, Arabic joined prepositions, Chinese without
 * spaces).
 */
class UnLanguageNamesTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadReferenceData() {
        gazetteer = GazetteerLoader.from(ReferenceData.load(IriMinter.defaultBase()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | SEN CIV COD MAR
            es | GTM SLV DOM BOL
            ru | KAZ KGZ MDA RUS
            ar | JOR LBN EGY MAR
            zh | VNM KHM LAO
            """)
    void findsTheCountriesATextInAnotherUnLanguageNames(String language, String expected) throws IOException {
        assertEquals(Arrays.asList(expected.split(" ")), countries(fixture(language)));
    }

    @Test
    void aCountryHasTheSameEntityInEveryLanguage() {
        assertAll(
                () -> assertEquals(List.of("FRA", "FRA", "FRA", "FRA", "FRA", "FRA"),
                        countries("France; Francia; Франция; فرنسا; 法国; France.")),
                () -> assertEquals(List.of("CHN", "CHN"), countries("中国 and China")));
    }

    @Test
    void leavesForeignCountryNamesThatEnglishUsesForPeopleOrOtherPlaces() {
        assertAll(
                () -> assertEquals(List.of(), countries("Maurice Strong opened the meeting in Granada.")),
                () -> assertEquals(List.of("SLV", "MUS"), countries("El Salvador and Mauritius")));
    }

    @Test
    void foldsRussianCaseEndingsButLeavesShortAndLatinWordsAlone() {
        assertAll(
                () -> assertEquals("казахстан", new Token("Казахстане", 0, 10).key()),
                () -> assertEquals("казахстан", new Token("Казахстан", 0, 9).key()),
                () -> assertEquals("мали", new Token("Мали", 0, 4).key()),
                () -> assertEquals("niger", new Token("Niger", 0, 5).key()));
    }

    @Test
    void readsEachChineseCharacterAsAToken() {
        assertEquals(List.of("在", "越", "南"), Token.tokenise("在越南", 0, 3).stream().map(Token::text).toList());
    }

    private static String fixture(String language) throws IOException {
        try (InputStream in = UnLanguageNamesTest.class.getResourceAsStream("languages/" + language + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> countries(String text) {
        return gazetteer.find(text, 0, text.length()).stream()
                .filter(m -> m.entity().type() == EntityType.COUNTRY)
                .map(m -> m.entity().code())
                .toList();
    }
}
