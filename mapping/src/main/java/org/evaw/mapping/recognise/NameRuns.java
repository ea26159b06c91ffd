package org.evaw.mapping.recognise;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the cue-led recognisers read after their cue: a run of capitalised words that names
 * something, with small words ("of", "for", "de") only between them, and the joins that lead from
 * one name of a list to the next.
 */
final class NameRuns {
    private NameRuns() {}

    /**
     * The end of the capitalised words from {@code at}, small words ({@code inner}) only between
     * them, at most {@code maxWords} words looked at; {@code at} if none.
     *
     * @param capitalFirst whether the run must open with a capitalised word (else a small word may
     *                     open it, and is left out of the name if nothing capitalised follows)
     */
    static int end(String text, int at, int to, Pattern word, Set<String> inner, int maxWords, boolean capitalFirst) {
        int end = at;
        int words = 0;
        int pos = at;
        Matcher w = word.matcher(text);
        while (words < maxWords && pos < to) {
            w.region(pos, to);
            if (!w.lookingAt())
                break;
            String found = w.group();
            boolean capital = Character.isUpperCase(found.codePointAt(0));
            if (!capital && !inner.contains(found) || capitalFirst && words == 0 && !capital)
                break;
            if (capital)
                end = w.end();
            words++;
            if (w.end() >= to || text.charAt(w.end()) != ' ')
                break;
            pos = w.end() + 1;
        }
        return end;
    }

    /** Where the next item of a list opens after {@code end}, after the first of {@code joins} there; -1 if the list ends. */
    static int nextItem(String text, int end, int to, List<String> joins) {
        for (String join : joins)
            if (text.startsWith(join, end) && end + join.length() < to)
                return end + join.length();
        return -1;
    }
}
