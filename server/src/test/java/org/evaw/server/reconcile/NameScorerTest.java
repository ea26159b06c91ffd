package org.evaw.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameScorerTest {

    private static double sim(String a, String b) {
        return NameScorer.similarity(NameScorer.normalise(a), NameScorer.normalise(b));
    }

    @Test
    void normalisingDropsCaseAccentsAndPunctuation() {
        assertEquals("cote d ivoire", NameScorer.normalise("Côte d’Ivoire"));
        assertEquals("bosnia and herzegovina", NameScorer.normalise("  Bosnia & Herzegovina "));
        assertEquals("u n o d c", NameScorer.normalise("U.N.O.D.C."));
        assertEquals("organizacion", NameScorer.normalise("Organización"));
    }

    @Test
    void namesEqualOnceNormalisedAreIdentical() {
        assertEquals(1.0, sim("UNITED NATIONS Office on Drugs & Crime", "United Nations Office on Drugs and Crime"));
    }

    @Test
    void misspellingsStayClose() {
        assertTrue(sim("Untied Nations Ofice on Drugs and Crime", "United Nations Office on Drugs and Crime") > 0.9);
        assertEquals(0.8, sim("Kenia", "Kenya"), 1e-9);
        assertTrue(sim("Kenia", "Kenya") > sim("Kenia", "Tunisia"));
    }

    @Test
    void missingWordsCountByWordsShared() {
        double partial = sim("Office on Drugs and Crime", "United Nations Office on Drugs and Crime");
        assertEquals(2.0 * 5 / (5 + 7), partial, 1e-9);
        assertTrue(partial > sim("Office on Drugs and Crime", "United Nations Office at Vienna"));
    }

    @Test
    void reorderedWordsStillMatch() {
        assertEquals(1.0, NameScorer.wordDice(NameScorer.words("initiative spotlight"), NameScorer.words("spotlight initiative")));
    }

    @Test
    void unrelatedNamesScoreLow() {
        assertTrue(sim("Kyrgyzstan", "World Health Organization") < 0.3);
    }

    @Test
    void initialsSkipMinorWordsInSeveralLanguages() {
        assertEquals("unodc", NameScorer.initials(NameScorer.normalise("United Nations Office on Drugs and Crime")));
        assertEquals("onudc", NameScorer.initials(NameScorer.normalise("Office des Nations Unies contre la drogue et le crime")));
        assertEquals("", NameScorer.initials("kenya"));
    }

    @Test
    void aShortCodeOneLetterOffIsAnotherCode() {
        assertEquals(1.0, NameScorer.codeSimilarity("unodc", "unodc"));
        assertEquals(1.0, NameScorer.codeSimilarity("u n o d c", "unodc"));
        assertEquals(0.0, NameScorer.codeSimilarity("unov", "undp"));
        assertEquals(0.8, NameScorer.codeSimilarity("unodk", "unodc"), 1e-9);
    }

    @Test
    void levenshteinCountsEdits() {
        assertEquals(3, NameScorer.levenshtein("kitten", "sitting"));
        assertEquals(0, NameScorer.levenshtein("", ""));
        assertEquals(4, NameScorer.levenshtein("", "abcd"));
    }
}
