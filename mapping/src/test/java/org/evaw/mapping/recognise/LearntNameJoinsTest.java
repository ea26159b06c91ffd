package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.evaw.mapping.iri.IriMinter;
import org.junit.jupiter.api.Test;

/** A learnt name that is another name of an entity the document names elsewhere is that entity. */
class LearntNameJoinsTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final String TEXT = "FAO worked with the High Commission for the 3N Initiative (HC3N) and Sahara Didi Samuha.\n\n"
            + "Later HC3N and the High Commission reviewed the plan with Sahara.";

    private static Mention mention(String name, int from, double confidence) {
        int at = TEXT.indexOf(name, from);
        return new Mention(new Entity(EntityType.PARTNER, IRIS.entity("partner", name), name, null, null, false), at, at + name.length(),
                confidence);
    }

    @Test
    void givesALearntAcronymOrStartOfALabelTheEntityARuleFound() {
        Mention rule = mention("High Commission for the 3N Initiative", 0, 0.6);
        int second = TEXT.indexOf("\n\n");
        List<List<Mention>> blocks = List.of(List.of(rule), List.of(mention("HC3N", second, 0.4), mention("High Commission", second, 0.4)));
        List<List<Mention>> joined = Recognisers.joinedAcrossTheDocument(TEXT, blocks);
        assertSame(rule.entity(), joined.get(1).get(0).entity(), "the acronym in brackets after the rule's name");
        assertSame(rule.entity(), joined.get(1).get(1).entity(), "the start of the rule's label");
        assertEquals(0.4, joined.get(1).get(0).confidence(), "a joined name keeps its own confidence");
    }

    @Test
    void joinsLearntNamesAmongThemselvesButNotByOneWord() {
        int second = TEXT.indexOf("\n\n");
        Mention full = mention("High Commission for the 3N Initiative", 0, 0.4);
        Mention sahara = mention("Sahara Didi Samuha", 0, 0.4);
        List<List<Mention>> blocks = List.of(List.of(full, sahara), List.of(mention("HC3N", second, 0.4), mention("Sahara", second, 0.4)));
        List<List<Mention>> joined = Recognisers.joinedAcrossTheDocument(TEXT, blocks);
        assertSame(full.entity(), joined.get(1).get(0).entity(), "a learnt acronym is the learnt name it was defined after");
        assertEquals("Sahara", joined.get(1).get(1).entity().label(), "one word is too little to say which name it starts");
    }

    @Test
    void leavesTheRulesMentionsAsTheyAreWhenNothingIsLearnt() {
        List<List<Mention>> blocks = List.of(List.of(mention("HC3N", 0, 0.6)));
        assertSame(blocks, Recognisers.joinedAcrossTheDocument(TEXT, blocks));
    }
}
