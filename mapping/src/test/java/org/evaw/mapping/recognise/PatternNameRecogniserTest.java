package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;
import org.junit.jupiter.api.Test;

/** The mechanism every one-pattern rule shares: which words are the name, what its label is, and which matches name nothing. */
class PatternNameRecogniserTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();

    private static List<String> found(Recogniser r, String text, int from) {
        return r.find(text, from, text.length()).stream()
                .map(m -> m.entity().type() + " " + m.entity().label() + " [" + text.substring(m.start(), m.end()) + "]").toList();
    }

    @Test
    void theNameGroupIsTheSpanAndTheWholeMatchOtherwise() {
        Pattern grouped = Pattern.compile("the (?<name>Blue\\s+Lantern) project");
        Pattern whole = Pattern.compile("Blue\\s+Lantern");
        String text = "They ran the Blue\n Lantern project.";
        assertEquals(List.of("PROGRAMME Blue Lantern [Blue\n Lantern]"),
                found(new PatternNameRecogniser(EntityType.PROGRAMME, grouped, IRIS), text, 0));
        assertEquals(List.of("PARTNER Blue Lantern [Blue\n Lantern]"),
                found(new PatternNameRecogniser(EntityType.PARTNER, whole, IRIS), text, 0));
    }

    @Test
    void aRuleMayReadTheLabelOtherwiseOrFindThatAMatchNamesNothing() {
        Pattern quoted = Pattern.compile("\"(?<quoted>[^\"]+)\" (?<head>hotline|app)");
        Recogniser services = new PatternNameRecogniser(EntityType.PROGRAMME, quoted,
                (match, words) -> match.group("quoted").startsWith("No ") ? Optional.empty()
                        : Optional.of(match.group("quoted") + "  " + match.group("head")), IRIS);
        assertEquals(List.of("PROGRAMME Ring Us hotline [\"Ring Us\" hotline]"),
                found(services, "Call the \"Ring Us\" hotline or the \"No Name\" app.", 0));
    }

    @Test
    void aLookBehindReadsTheTextBeforeTheSpanSearched() {
        Recogniser parliament = PatternNameRules.bareParliament(IRIS);
        String text = "a bill sent to Parliament";
        assertEquals(List.of("PARTNER Parliament [Parliament]"), found(parliament, text, text.indexOf("Parliament")));
    }

    @Test
    void namesOnlyPartnersAndProgrammes() {
        assertThrows(IllegalArgumentException.class,
                () -> new PatternNameRecogniser(EntityType.COUNTRY, Pattern.compile("x"), IRIS));
    }
}
