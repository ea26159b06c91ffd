package org.evaw.mapping.recognise;

import java.util.List;

/**
 * What the readers of French, Spanish, Portuguese and Italian names ({@link HeadFirstNameRecogniser}
 * and its {@link SentenceCaseNames}, {@link AcronymNameRecogniser}) ask of the words of a text, given as spans
 * {start, end}.
 */
final class RomanceWords {
    private RomanceWords() {}

    /**
     * "l'Enfant", "d'étude", "s'agit": a word elided onto the next, in lowercase as inside a sentence; any letter
     * before the apostrophe counts.
     */
    static boolean elided(String w) {
        return apostropheSecond(w) && Character.isLowerCase(w.charAt(0));
    }

    /** The word after a lowercase elision ({@link #elided}): "Enfant" for "l'Enfant"; {@code w} itself when there is none. */
    static String afterElision(String w) {
        return elided(w) ? w.substring(2) : w;
    }

    /**
     * "l'Unité", "D'Intervention": the article "l'" or the preposition "d'" elided onto a word, in either case, since a
     * name that capitalises its words capitalises them too. Narrower than {@link #elided} in its letters ("s'", "n'" open
     * verbs, not names' words), wider in case.
     */
    static boolean elidedArticle(String w) {
        return apostropheSecond(w) && "ldLD".indexOf(w.charAt(0)) >= 0;
    }

    /** The word after an elided article of either case ({@link #elidedArticle}); {@code w} itself when there is none. */
    static String afterElidedArticle(String w) {
        return elidedArticle(w) ? w.substring(2) : w;
    }

    /** Whether an apostrophe, straight or curly, follows the word's first letter and more follows it. */
    private static boolean apostropheSecond(String w) {
        return w.length() > 2 && (w.charAt(1) == '\'' || w.charAt(1) == '\u2019');
    }

    /** Whether only white space lies between words {@code a} and {@code b}: no punctuation ends the name there. */
    static boolean spaceOnly(String text, List<int[]> words, int a, int b) {
        return text.substring(words.get(a)[1], words.get(b)[0]).isBlank();
    }

    /** Word {@code k} of the text. */
    static String word(String text, List<int[]> words, int k) {
        return text.substring(words.get(k)[0], words.get(k)[1]);
    }

    /** "Living" and "with" in French, Spanish and Portuguese, each with its own: "vivant avec", "viviendo con", "vivendo com". */
    private static final java.util.Map<String, String> LIVING_WITH = java.util.Map.of("vivant", "avec", "viviendo", "con", "vivendo", "com");

    /**
     * Whether {@code w} is "with" after {@code before}, "living", in the same language, whatever their case: the people a
     * name serves are named in it ("… des Personnes Vivant avec le VIH", "… de personas viviendo con VIH").
     */
    static boolean livingWith(String before, String w) {
        return w.equalsIgnoreCase(LIVING_WITH.get(before.toLowerCase(java.util.Locale.ROOT)));
    }
}
