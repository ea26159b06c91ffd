package org.evaw.mapping.recognise;

import java.util.List;

/**
 * Strips the case ending of a Russian word, so that the six cases of a country's name
 * ("Казахстан", "Казахстана", "в Казахстане") fold to one key. Names and text are folded alike, so
 * the stem need not be a real word; only words written wholly in Cyrillic, of at least five
 * letters, lose an ending, and the stem keeps at least three, so short words stay as they are.
 */
final class RussianEndings {
    /** Noun and adjective endings, longest first so that "-ого" goes before "-о". */
    private static final List<String> ENDINGS = List.of(
            "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими",
            "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю", "ом", "ем", "ах", "ях",
            "ов", "ев", "ые", "ие", "ых", "их", "ым", "им",
            "а", "я", "е", "у", "ю", "ы", "и", "о", "ь", "й");

    private RussianEndings() {}

    /** The word without its ending, or the word itself if it is not a Russian word of five letters or more. */
    static String strip(String lowerCaseWord) {
        if (lowerCaseWord.length() < 5 || !isCyrillic(lowerCaseWord))
            return lowerCaseWord;
        for (String ending : ENDINGS) {
            if (lowerCaseWord.endsWith(ending) && lowerCaseWord.length() - ending.length() >= 3)
                return lowerCaseWord.substring(0, lowerCaseWord.length() - ending.length());
        }
        return lowerCaseWord;
    }

    private static boolean isCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.UnicodeBlock.of(c) != Character.UnicodeBlock.CYRILLIC)
                return false;
        }
        return true;
    }
}
