package org.evaw.mapping.recognise;

import java.util.List;

/**
 * Reading words of a text by their spans ({@code [start, end)} pairs, in order): a word's text, its
 * capital, and what stands between two words. Shared by the recognisers that walk a name word by word.
 */
final class WordSpans {
    private WordSpans() {
    }

    /** Whether only white space stands between words {@code a} and {@code b}. */
    static boolean onlySpaceBetween(String text, List<int[]> words, int a, int b) {
        return text.substring(words.get(a)[1], words.get(b)[0]).isBlank();
    }

    /** Capitalised, or a number-led name such as "3N". */
    static boolean isCapitalised(String word) {
        if (word.isEmpty())
            return false;
        int c = word.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) && word.chars().anyMatch(Character::isUpperCase);
    }

    /** The text of a word. */
    static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }

    /** Whether an ampersand alone stands between words {@code a} and {@code b}: "Newborn & Child". */
    static boolean ampersandBetween(String text, List<int[]> words, int a, int b) {
        return text.substring(words.get(a)[1], words.get(b)[0]).strip().equals("&");
    }

    /** Whether a comma alone stands between words {@code a} and {@code b}. */
    static boolean commaBetween(String text, List<int[]> words, int a, int b) {
        return text.substring(words.get(a)[1], words.get(b)[0]).strip().equals(",");
    }

}
