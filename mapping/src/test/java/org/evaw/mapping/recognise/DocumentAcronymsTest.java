package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** An acronym a document defines for a partner names that partner, not the reference data's homonym. */
class DocumentAcronymsTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Recognisers ALL = new Recognisers(ReferenceData.load(IRIS), IRIS);

    @Test
    void aDefinedAcronymNamesThePartnerItSpells() {
        String text = "UNDP trained paralegals with a local NGO, Lawyers Against Silence (LAS), in Sindh.\n\n"
                + "In 2022 LAS opened two legal aid desks.";
        int second = text.indexOf("\n\n");
        List<List<Mention>> blocks = List.of(ALL.find(text, 0, second), ALL.find(text, second, text.length()));
        List<String> partners = Recognisers.joinedAcrossTheDocument(text, blocks).stream().flatMap(List::stream)
                .filter(m -> m.entity().type() == EntityType.PARTNER).map(m -> m.entity().label()).distinct().toList();
        assertEquals(List.of("Lawyers Against Silence"), partners);
    }
}
