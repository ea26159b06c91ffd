package org.evaw.mapping.recognise;

/**
 * Strips the conjunction or preposition that Arabic writes joined to the next word before its
 * article ("والجزائر", "and Algeria"; "وبالجزائر", "and in Algeria"), so that the word matches the
 * name "الجزائر". At most two letters before "ال" are taken off, names and text alike.
 */
final class ArabicProclitics {
    private static final String PROCLITICS = "وبفكل";

    private ArabicProclitics() {}

    static String strip(String word) {
        for (int letters = 1; letters <= 2 && letters < word.length(); letters++) {
            if (PROCLITICS.indexOf(word.charAt(letters - 1)) < 0)
                return word;
            if (word.length() > letters + 3 && word.startsWith("ال", letters))
                return word.substring(letters);
        }
        return word;
    }
}
