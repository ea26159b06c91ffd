package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Triggers} looks only inside the span it is given. */
class TriggersTest {

    @Test
    void findsAWordInsideTheSpanOnly() {
        String text = "UNSCR 1325 was cited. Nothing here. A resolution later.";
        int from = text.indexOf("Nothing");
        int to = text.indexOf(" A resolution");
        assertFalse(Triggers.any(text, from, to, "SCR", "esolution"), "words before and after the span are not in it");
        assertTrue(Triggers.any(text, 0, from, "SCR"));
        assertTrue(Triggers.any(text, to, text.length(), "esolution"));
        assertFalse(Triggers.any(text, to, text.length() - 3, "later."), "a word running past the span's end is not in it");
    }

    @Test
    void findsAWordInAnyCaseInsideTheSpanOnly() {
        String text = "Local NGOs such as KAIDIYA. In Partnership With UNICEF. CIVIL SOCIETY GROUPS";
        assertTrue(Triggers.anyIgnoringCase(text, 0, text.length(), "ngos"));
        assertTrue(Triggers.anyIgnoringCase(text, 0, text.length(), "partner"), "Partnership, in any case");
        assertTrue(Triggers.anyIgnoringCase(text, text.indexOf("CIVIL"), text.length(), "groups"));
        assertFalse(Triggers.anyIgnoringCase(text, 0, text.indexOf("GROUPS") + 5, "groups"), "a word running past the span's end is not in it");
        assertFalse(Triggers.anyIgnoringCase(text, text.indexOf("In "), text.length(), "ngos"), "words before the span are not in it");
    }
}
