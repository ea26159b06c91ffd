package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.reference.ReferenceData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The partners all recognisers together find in sentences shaped as real reports name them, one
 * rule of partner recognition per fixture line: Romance names, embassies and governments named by
 * their country's adjective, lists inside names, names cut before a known one, names in brackets.
 */
class PartnerNamesTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Recognisers ALL = new Recognisers(ReferenceData.load(IRIS), IRIS);

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "partner-names.csv", delimiter = '|', quoteCharacter = '\u0000')
    void findsThePartnersTheSentenceNames(String sentence, String expected) {
        assertEquals(Arrays.stream(expected.split(";")).map(String::strip).toList(), partners(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "no-partner-names.csv", delimiter = '|', quoteCharacter = '\u0000')
    void findsNoPartnerInGenericNamesUnitsOrUnEntities(String sentence) {
        assertEquals(List.of(), partners(sentence));
    }

    private static List<String> partners(String text) {
        return ALL.find(text, 0, text.length()).stream()
                .filter(m -> m.entity().type() == EntityType.PARTNER)
                .map(m -> m.entity().label()).distinct().toList();
    }
}
