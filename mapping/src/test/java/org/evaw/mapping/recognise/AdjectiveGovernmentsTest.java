package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** A government named by its country's adjective is the government named with its country elsewhere in the document. */
class AdjectiveGovernmentsTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Recognisers ALL = new Recognisers(ReferenceData.load(IRIS), IRIS);

    private static List<String> partners(String text) {
        int split = text.indexOf("\n\n");
        List<List<Mention>> blocks = List.of(ALL.find(text, 0, split), ALL.find(text, split + 2, text.length()));
        return Recognisers.joinedAcrossTheDocument(text, blocks).stream().flatMap(List::stream)
                .filter(m -> m.entity().type() == EntityType.PARTNER).map(m -> m.entity().label()).distinct().toList();
    }

    @Test
    void joinsTheAdjectiveFormToTheGovernmentOfTheCountry() {
        assertEquals(List.of("Government of Sweden", "Government of Japan"),
                partners("The Government of Sweden and the Government of Japan paid for the shelters.\n\n"
                        + "A second grant from the Swedish Government and the Japanese Government trained nurses."));
    }

    @Test
    void keepsAnAdjectiveFormWhoseCountryTheDocumentDoesNotName() {
        assertEquals(List.of("Government of Sweden", "Danish Government"),
                partners("The Government of Sweden paid for the shelters.\n\nThe Danish Government trained nurses."));
    }
}
