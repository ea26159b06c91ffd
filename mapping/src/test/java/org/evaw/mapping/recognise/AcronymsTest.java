package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The recognisers' one test of an acronym: two capitals or more and no lower-case letter. */
class AcronymsTest {

    @ParameterizedTest
    @ValueSource(strings = {"UNDP", "UN", "ONUDC", "UN-HABITAT", "INLTCP", "GLO.ACT", "C190A", "ÉCOWAS"})
    void takesCapitalWordsForAcronyms(String word) {
        assertTrue(Acronyms.is(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ministry", "UNiTE", "NGOs", "C190", "2000", "A", ""})
    void refusesWordsWithLowerCaseOrFewerThanTwoCapitals(String word) {
        assertFalse(Acronyms.is(word), word);
    }
}
