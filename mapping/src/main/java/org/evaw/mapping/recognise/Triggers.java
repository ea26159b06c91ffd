package org.evaw.mapping.recognise;

/**
 * Cheap tests of whether a span of text holds a word a pattern cannot match without: a pattern
 * whose every form needs "resolution", "RES/" or "SCR" is not run over a span that has none of them.
 * {@link String#indexOf} over the span costs far less than a regular expression tried at every
 * position.
 */
final class Triggers {
    private Triggers() {}

    /** Whether {@code text[from, to)} contains any of the words, as written. */
    static boolean any(String text, int from, int to, String... words) {
        for (String w : words) {
            int at = text.indexOf(w, from);
            if (at >= 0 && at + w.length() <= to)
                return true;
        }
        return false;
    }
}
