package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * A learnt recogniser's names fill the gaps the rules leave and never override them: a stand-in
 * recogniser claims spans of a sentence, and only the claim that overlaps no rule's name is kept.
 */
class LearntNamesGiveWayTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final String TEXT = "UNDP supported the Ministry of Health of Nepal (Swasthya Mantralaya) and Sahara Didi Samuha in Kathmandu.";

    /** Claims every span it is given as a partner's name, with a learnt confidence. */
    private static Recogniser claiming(String... names) {
        return (text, from, to) -> java.util.Arrays.stream(names).map(n -> {
            int at = text.indexOf(n, from);
            return new Mention(new Entity(EntityType.PARTNER, IRIS.entity("partner", n), n, null, null, false), at, at + n.length(), 0.4);
        }).toList();
    }

    private static List<Mention> find(Recogniser learnt) {
        return new Recognisers(ReferenceData.load(IRIS), IRIS, learnt).find(TEXT, 0, TEXT.length());
    }

    @Test
    void keepsALearntNameWhereNoRuleFoundOne() {
        List<Mention> found = find(claiming("Sahara Didi Samuha"));
        assertTrue(found.stream().anyMatch(m -> m.entity().label().equals("Sahara Didi Samuha") && m.confidence() == 0.4), found.toString());
    }

    @Test
    void dropsALearntNameThatOverlapsAReferenceOrPatternMatch() {
        List<Mention> rules = find(null);
        List<Mention> found = find(claiming("UNDP supported", "Health of Nepal", "Kathmandu"));
        assertEquals(rules, found);
    }

    @Test
    void dropsALearntNameInBracketsAfterANamedBody() {
        List<Mention> found = find(claiming("Swasthya Mantralaya"));
        assertTrue(found.stream().noneMatch(m -> m.entity().label().equals("Swasthya Mantralaya")), found.toString());
    }

    @Test
    void dropsALearntNameOfAKindsWordsAlone() {
        String text = "UNDP manages the Trust Fund and Sahara Didi Samuha in Kathmandu.";
        List<Mention> found = new Recognisers(ReferenceData.load(IRIS), IRIS, claiming("Trust Fund", "Sahara Didi Samuha"))
                .find(text, 0, text.length());
        assertTrue(found.stream().noneMatch(m -> m.entity().label().equals("Trust Fund")), found.toString());
        assertTrue(found.stream().anyMatch(m -> m.entity().label().equals("Sahara Didi Samuha")), found.toString());
    }

    @Test
    void dropsALearntNameThatIsADocumentsTopic() {
        String text = "UNDP published a Toolkit on Access to Justice Programming in Kathmandu.";
        List<Mention> found = new Recognisers(ReferenceData.load(IRIS), IRIS, claiming("Access to Justice Programming"))
                .find(text, 0, text.length());
        assertTrue(found.stream().noneMatch(m -> m.entity().label().equals("Access to Justice Programming")), found.toString());
    }
}
