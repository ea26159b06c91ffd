package org.evaw.mapping.recognise;

import java.util.List;

/**
 * What the readers of French, Spanish, Portuguese and Italian names ({@link HeadFirstNameRecogniser}
 * and its {@link SentenceCaseNames}) ask of the words of a text, given as spans {start, end}.
 */
final class RomanceWords {
    private RomanceWords() {}

    /** "l'Enfant", "d'étude": an article or preposition elided onto a word. */
    static boolean elided(String w) {
        return w.length() > 2 && (w.charAt(1) == '\'' || w.charAt(1) == '\u2019') && Character.isLowerCase(w.charAt(0));
    }

    /** Whether only white space lies between words {@code a} and {@code b}: no punctuation ends the name there. */
    static boolean spaceOnly(String text, List<int[]> words, int a, int b) {
        return text.substring(words.get(a)[1], words.get(b)[0]).isBlank();
    }

    /** Word {@code k} of the text. */
    static String word(String text, List<int[]> words, int k) {
        return text.substring(words.get(k)[0], words.get(k)[1]);
    }
}
