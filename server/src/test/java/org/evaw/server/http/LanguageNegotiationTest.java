package org.evaw.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the language of a document's labels is chosen from {@code ?lang=} and {@code Accept-Language}. */
class LanguageNegotiationTest {
    private static final List<String> UN = List.of("ar", "zh", "en", "fr", "ru", "es");

    @ParameterizedTest(name = "lang={0}, Accept-Language: {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -     | -                                 | en
            -     | fr                                | fr
            -     | fr-CA, en;q=0.5                   | fr
            -     | zh-Hans-CN                        | zh
            -     | de, ru;q=0.8                      | ru
            -     | en-GB;q=0.9, ar;q=0.95            | ar
            -     | fr;q=0, es;q=0.5                  | es
            -     | fr;q=0                            | en
            -     | *                                 | en
            -     | de                                | en
            -     | ;;q=oops                          | en
            ru    | fr                                | ru
            es-419| -                                 | es
            tlh   | fr                                | en
            ;;    | fr                                | en
            """)
    void choosesTheLanguageAskedForAmongTheSixOrEnglish(String lang, String acceptLanguage, String expected) {
        assertEquals(expected, LanguageNegotiation.choose(lang, acceptLanguage, UN));
    }
}
