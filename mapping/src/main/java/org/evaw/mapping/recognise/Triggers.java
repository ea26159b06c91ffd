package org.evaw.mapping.recognise;

/**
 * Cheap tests of whether a span of text holds a word a pattern cannot match without: a pattern
 * whose every form needs "resolution", "RES/" or "SCR" is not run over a span that has none of them.
 * A search for a few words costs far less than a regular expression tried at every position. The
 * search stays inside the span: the text of a page may be far longer than the span asked about.
 */
final class Triggers {
    private Triggers() {}

    /** Whether {@code text[from, to)} contains any of the words, as written. */
    static boolean any(String text, int from, int to, String... words) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            for (String w : words) {
                if (c == w.charAt(0) && i + w.length() <= to && text.startsWith(w, i))
                    return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text[from, to)} contains any of the words (given in lower case) in any case: the
     * test before a pattern that is case-insensitive ({@code (?i:…)}) over those words.
     */
    static boolean anyIgnoringCase(String text, int from, int to, String... lowerCaseWords) {
        for (int i = from; i < to; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            for (String w : lowerCaseWords) {
                if (c == w.charAt(0) && i + w.length() <= to && text.regionMatches(true, i, w, 0, w.length()))
                    return true;
            }
        }
        return false;
    }
}
