package org.evaw.mapping.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.recognise.EntityType;
import org.evaw.mapping.recognise.Mention;
import org.junit.jupiter.api.Test;

/** The shipped model, as the mapper runs it with {@code --recogniser rules+learnt}. */
class LearntNameRecogniserTest {
    private static final LearntNameRecogniser LEARNT = new LearntNameRecogniser(NameModel.bundled(), IriMinter.defaultBase());

    @Test
    void findsNamesNoDocumentItWasTrainedOnHoldsWithLessConfidenceThanAnyRule() {
        String text = "FAO designed the activities with the Kassala Women Farmers Network. "
                + "UNDP and the Nepal Police launched the Safe Villages Initiative.";
        List<Mention> found = LEARNT.find(text, 0, text.length());
        assertTrue(found.stream().anyMatch(m -> m.entity().type() == EntityType.PARTNER
                && m.entity().label().equals("Kassala Women Farmers Network")), found.toString());
        assertTrue(found.stream().anyMatch(m -> m.entity().type() == EntityType.PROGRAMME
                && m.entity().label().equals("Safe Villages Initiative")), found.toString());
        for (Mention m : found) {
            assertTrue(m.confidence() <= LearntNameRecogniser.MAX_CONFIDENCE, m.toString());
            assertTrue(!m.entity().inReference(), "a learnt name is described by the graph itself");
            assertEquals(m.entity().label(), text.substring(m.start(), m.end()).replaceAll("\\s+", " "));
        }
    }

    @Test
    void readsNoFurtherThanTheTokenCapOfASentenceWithNoEnd() {
        String text = "the Association of Rural Midwives of Kassala and ".repeat(20_000);
        List<Mention> found = LEARNT.find(text, 0, text.length());
        int cap = SentenceTokens.of(text, 0, text.length()).get(0).getLast().end();
        assertTrue(cap < 1_000, "the sentence is read up to its " + SentenceTokens.MAX_TOKENS + "th token only");
        assertTrue(found.stream().allMatch(m -> m.end() <= cap), found.toString());
    }

    @Test
    void givesTheSameNamesWhateverItReadBefore() {
        String text = "The Network of Women Mediators of the Sahel met the Kenya Women Judges Association in 2020.";
        List<Mention> first = LEARNT.find(text, 0, text.length());
        String other = "Earlier, the Federation of Women Lawyers worked with the Ministry of Gender. ".repeat(5);
        LEARNT.find(other, 0, other.length());
        assertEquals(first, LEARNT.find(text, 0, text.length()));
    }
}
