package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** A short name a document gives in quotes in brackets names the programme there and in every later block. */
class DocumentOtherNamesTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Recognisers ALL = new Recognisers(ReferenceData.load(IRIS), IRIS);

    @Test
    void aQuotedShortNameInBracketsNamesTheProgrammeLaterToo() {
        String first = "In 2018 the office launched the Global Safe Harbours Support Programme (\"Harbours Programme\") in Ghana.";
        String second = "Donors heard about the Harbours Programme in Accra in 2019.";
        String text = first + "\n\n" + second;
        List<List<Mention>> blocks = List.of(ALL.find(text, 0, first.length()), ALL.find(text, first.length() + 2, text.length()));
        List<Mention> programmes = Recognisers.joinedAcrossTheDocument(text, blocks).stream().flatMap(List::stream)
                .filter(m -> m.entity().type() == EntityType.PROGRAMME).toList();
        assertEquals(List.of("Global Safe Harbours Support Programme"),
                programmes.stream().map(m -> m.entity().label()).distinct().toList());
        assertEquals(List.of("Global Safe Harbours Support Programme", "Harbours Programme", "Harbours Programme"),
                programmes.stream().map(m -> text.substring(m.start(), m.end())).toList());
    }
}
