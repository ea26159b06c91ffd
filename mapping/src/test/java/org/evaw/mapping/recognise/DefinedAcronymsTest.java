package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** An acronym the text defines for a name of its own is not the known agency's of the same letters. */
class DefinedAcronymsTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Recognisers RECOGNISERS = new Recognisers(ReferenceData.load(IRIS), IRIS);

    @Test
    void wordsBeforeTheBracketSpellTheAcronymWordAfterWord() {
        assertEquals(0, DefinedAcronyms.spelledFrom("OMM", "Oficina Municipal de la Mujer"));
        assertEquals(4, DefinedAcronyms.spelledFrom("ECA", "the Ente Costarricense de Acreditación"));
        // The last word must give the last letter: a date or a clause before the bracket defines nothing.
        assertEquals(-1, DefinedAcronyms.spelledFrom("ECA", "Ente Costarricense de Acreditación in 2019"));
        assertEquals(-1, DefinedAcronyms.spelledFrom("WMO", "the weather service"));
    }

    @Test
    void anAgencysAcronymDefinedForAnotherNameIsNotTheAgency() {
        assertEquals(List.of(), agencies("It worked with the Ente Costarricense de Acreditación (ECA) in 2020."));
        assertEquals(List.of("Economic Commission for Africa", "ECA"),
                agencies("It worked with the Economic Commission for Africa (ECA) in 2020."));
        // The agency's own name, worded another way, still defines its acronym.
        assertTrue(agencies("A report of the United Nations High Commission for Refugees (UNHCR) said so.").contains("UNHCR"));
        assertFalse(agencies("IOM equipped each Oficina Municipal de la Mujer (OMM) in 2014.").contains("OMM"));
    }

    private static List<String> agencies(String text) {
        return RECOGNISERS.find(text, 0, text.length()).stream().filter(m -> m.entity().type() == EntityType.AGENCY)
                .map(m -> text.substring(m.start(), m.end())).toList();
    }
}
