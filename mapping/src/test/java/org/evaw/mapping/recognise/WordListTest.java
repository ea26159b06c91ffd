package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The word lists the name rules read: comments left out, phrases kept whole, a missing list an error. */
class WordListTest {
    @Test
    void readsWordsAndPhrasesWithoutComments() {
        var cues = WordList.of("company-cues");
        assertTrue(cues.contains("companies"));
        assertTrue(cues.contains("business leaders"));
        assertFalse(cues.stream().anyMatch(w -> w.startsWith("#") || w.isBlank()));
    }

    @Test
    void addsARulesOwnWordsToASharedList() {
        var words = WordList.with("months", java.util.Set.of("Summit"));
        assertTrue(words.contains("September"));
        assertTrue(words.contains("Summit"));
        assertFalse(words.contains("Sept"));
    }

    @Test
    void saysWhichListIsMissing() {
        var e = assertThrows(IllegalStateException.class, () -> WordList.of("no-such-list"));
        assertTrue(e.getMessage().contains("no-such-list"));
    }
}
