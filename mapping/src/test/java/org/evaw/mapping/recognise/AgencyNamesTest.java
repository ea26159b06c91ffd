package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.reference.ReferenceData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The entities of the UN system all recognisers together find in sentences shaped as real text
 * names them, one kind of entity per fixture line: Secretariat offices, special envoys, units and
 * regional centres of an entity, institutes, related organizations, peace operations and political
 * missions past and present, in English, French and Spanish.
 */
class AgencyNamesTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Recognisers ALL = new Recognisers(ReferenceData.load(IRIS), IRIS);

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "un-system-names.csv", delimiter = '|', quoteCharacter = '\u0000')
    void findsTheUnEntitiesTheSentenceNames(String sentence, String expected) {
        assertEquals(Arrays.stream(expected.split(";")).map(String::strip).toList(), agencies(sentence));
    }

    private static List<String> agencies(String text) {
        return ALL.find(text, 0, text.length()).stream()
                .filter(m -> m.entity().type() == EntityType.AGENCY)
                .map(m -> m.entity().code()).distinct().toList();
    }
}
