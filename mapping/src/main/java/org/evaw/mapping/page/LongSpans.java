package org.evaw.mapping.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a span of text longer than {@link #MAX_CHARS} into pieces no longer than that, at the last
 * sentence end inside the limit, else at the last space, else at the limit (never inside a
 * surrogate pair). Every later stage then works on pieces of bounded length, so that a page with no
 * line break, or one huge paragraph, costs time in proportion to its length.
 */
final class LongSpans {
    /** Far longer than any paragraph of the corpus (the longest line is about 1 200 characters). */
    static final int MAX_CHARS = 4000;

    private LongSpans() {}

    /** The pieces of {@code text[start, end)}, each trimmed and non-empty, as {start, end} pairs. */
    static List<int[]> cut(String text, int start, int end) {
        List<int[]> pieces = new ArrayList<>();
        int from = start;
        while (from < end) {
            while (from < end && Line.isSpace(text.charAt(from)))
                from++;
            if (from >= end)
                break;
            int to = end - from <= MAX_CHARS ? end : cutPoint(text, from, from + MAX_CHARS);
            int trimmed = to;
            while (trimmed > from && Line.isSpace(text.charAt(trimmed - 1)))
                trimmed--;
            if (trimmed > from)
                pieces.add(new int[] {from, trimmed});
            from = to;
        }
        return pieces;
    }

    private static int cutPoint(String text, int from, int limit) {
        int space = -1;
        // Look back over the second half of the window only: the pieces stay long, the scan linear.
        for (int i = limit - 1; i > from + MAX_CHARS / 2; i--) {
            char c = text.charAt(i);
            if (Line.isSpace(c)) {
                char before = text.charAt(i - 1);
                if (before == '.' || before == '!' || before == '?')
                    return i;
                if (space < 0)
                    space = i;
            }
        }
        if (space > 0)
            return space;
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
