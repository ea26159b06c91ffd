package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.reference.ReferenceData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Which countries a sentence of prose names, directly or through a city or region inside them,
 * as all recognisers together read it: not a currency named after a country, not an adjective.
 */
class CountryMentionsTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Recognisers ALL = new Recognisers(ReferenceData.load(IRIS), IRIS);

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "country-mentions.txt", delimiter = '|')
    void findsTheCountriesOfPlacesButNotOfCurrenciesOrAdjectives(String text, String expected) {
        List<String> wanted = expected.equals("-") ? List.of()
                : Arrays.stream(expected.split(";")).map(String::strip).toList();
        List<String> found = ALL.find(text, 0, text.length()).stream()
                .map(m -> ALL.countryOf(m.entity())).flatMap(Optional::stream)
                .map(Entity::code).distinct().toList();
        assertEquals(wanted, found);
    }
}
