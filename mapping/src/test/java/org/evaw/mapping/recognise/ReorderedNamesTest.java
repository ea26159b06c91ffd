package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** A name with its modifiers before the head is the organisation the document names head first. */
class ReorderedNamesTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Recognisers ALL = new Recognisers(ReferenceData.load(IRIS), IRIS);

    private static List<String> partners(String text) {
        int split = text.indexOf("\n\n");
        List<List<Mention>> blocks = List.of(ALL.find(text, 0, split), ALL.find(text, split + 2, text.length()));
        return Recognisers.joinedAcrossTheDocument(text, blocks).stream().flatMap(List::stream)
                .filter(m -> m.entity().type() == EntityType.PARTNER).map(m -> m.entity().label()).distinct().toList();
    }

    @Test
    void joinsTheHeadLastFormToTheHeadFirstName() {
        assertEquals(List.of("Ministry of Fisheries", "Lakeside Agency for Rural Development and Trade"),
                partners("The Ministry of Fisheries and the Lakeside Agency for Rural Development and Trade met in 2020.\n\n"
                        + "The Fisheries Ministry and the Lakeside Rural Development Agency trained 40 women."));
    }

    @Test
    void keepsAHeadLastNameTheDocumentDoesNotNameHeadFirst() {
        assertEquals(List.of("Ministry of Fisheries", "Forestry Ministry"),
                partners("The Ministry of Fisheries met in 2020.\n\nThe Forestry Ministry trained 40 women."));
    }
}
