package org.evaw.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The trigrams of a text that a description contains are always among the description's own. */
class DescriptionGramsTest {
    /** Letters whose case is awkward: Greek sigma (final and not), dotted and dotless i, German sharp s, a letter outside the BMP, accents. */
    private static final String[] PIECES = {"a", "B", "c", "Σ", "σ", "ς", "İ", "ı", "I", "i", "ß", "ẞ", "é", "É", "𝐀", "😀",
            " ", "-", "ΟΔΟΣ", "Police", "POLICE", "ǅ", "ﬃ", "\u0307"};

    private static String randomText(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++)
            text.append(PIECES[random.nextInt(PIECES.length)]);
        return text.toString();
    }

    private static String randomPiece(Random random, String text) {
        int from = random.nextInt(text.length());
        return text.substring(from, from + random.nextInt(text.length() - from + 1));
    }

    @Test
    void everySubstringsTrigramsAreTheDescriptionsLowerCasedOrNot() {
        Random random = new Random(36);
        int checked = 0;
        for (int round = 0; round < 20_000; round++) {
            String description = randomText(random, 1 + random.nextInt(12));
            Set<String> indexed = DescriptionGrams.of(DescriptionGrams.folded(description));
            // CONTAINS(?d, t): t is any substring of the description as written.
            String asWritten = randomPiece(random, description);
            if (DescriptionGrams.askable(asWritten)) {
                checked++;
                assertTrue(indexed.containsAll(DescriptionGrams.asked(DescriptionGrams.folded(asWritten))),
                        () -> "'" + asWritten + "' in '" + description + "'");
            }
            // CONTAINS(LCASE(?d), t): t is any substring of the description lower-cased as LCASE does.
            String ofLower = randomPiece(random, description.toLowerCase());
            if (DescriptionGrams.askable(ofLower)) {
                checked++;
                assertTrue(indexed.containsAll(DescriptionGrams.asked(DescriptionGrams.sigma(ofLower))),
                        () -> "'" + ofLower + "' in LCASE('" + description + "')");
            }
        }
        assertTrue(checked > 10_000, "too few texts could be asked for: " + checked);
    }

    @Test
    void aTextOfUnderThreeCharactersOrWithALoneSurrogateIsNotAsked() {
        assertFalse(DescriptionGrams.askable("un"));
        assertFalse(DescriptionGrams.askable("😀😀"));
        assertTrue(DescriptionGrams.askable("😀😀😀"));
        assertFalse(DescriptionGrams.askable("ab\uD83D"));
        assertTrue(DescriptionGrams.askable("abc"));
    }

    @Test
    void aLongTextAsksForABoundedNumberOfTrigramsSpreadAcrossIt() {
        String text = "the police and the prosecutors of the region were trained on survivor-centred investigation";
        Set<String> asked = DescriptionGrams.asked(text);
        assertTrue(asked.size() > DescriptionGrams.MOST_ASKED / 2 && asked.size() <= DescriptionGrams.MOST_ASKED, asked::toString);
        assertTrue(DescriptionGrams.of(text).containsAll(asked));
        assertTrue(asked.contains("the") && asked.contains("ion"), "the first and the last trigram: " + asked);
        String megabyte = "survivor-centred ".repeat(62_000);
        assertTrue(DescriptionGrams.asked(megabyte).size() <= DescriptionGrams.MOST_ASKED);
    }

    @Test
    void theIndexWritesWhatLcaseGivesInThisJvm() {
        assertEquals(DescriptionGrams.lowerCaseIsRoot(), "TITLE I".toLowerCase().equals("TITLE I".toLowerCase(Locale.ROOT)));
    }
}
