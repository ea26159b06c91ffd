package org.evaw.mapping.recognise;

import java.util.Arrays;
import java.util.List;

/**
 * The spans of a set of mentions, indexed so that whether a span overlaps any of them is answered
 * in logarithmic time: a page may hold a million names.
 */
final class Spans {
    private final int[] starts;
    private final int[] maxEnds;

    Spans(List<Mention> mentions) {
        Mention[] sorted = mentions.toArray(new Mention[0]);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.start(), b.start()));
        starts = new int[sorted.length];
        maxEnds = new int[sorted.length];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < sorted.length; i++) {
            starts[i] = sorted[i].start();
            max = Math.max(max, sorted[i].end());
            maxEnds[i] = max;
        }
    }

    /**
     * Whether any span overlaps {@code [start, end)}; with {@code start == end}, whether any span
     * runs across that offset (starts before it and ends after it).
     */
    boolean overlap(int start, int end) {
        // The last span that starts before end; an overlap is a span among those that ends after start.
        int i = Arrays.binarySearch(starts, end);
        int last = i >= 0 ? i - 1 : -i - 2;
        while (i >= 0 && last >= 0 && starts[last] == end)
            last--;
        return last >= 0 && maxEnds[last] > start;
    }

    boolean overlap(Mention m) {
        return overlap(m.start(), m.end());
    }
}
