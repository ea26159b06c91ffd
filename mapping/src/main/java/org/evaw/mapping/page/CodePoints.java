package org.evaw.mapping.page;

import java.util.Arrays;

/**
 * Turns offsets in a text's UTF-16 chars into offsets in its code points, the unit of the graph's
 * {@code nif:beginIndex} and {@code nif:endIndex} (and of Web Annotation selectors on export),
 * each in logarithmic time: a text with a million mentions is not counted from its start a
 * million times.
 */
public final class CodePoints {
    /** The char offsets of the second halves of surrogate pairs, in order. */
    private final int[] lowSurrogates;

    private CodePoints(int[] lowSurrogates) {
        this.lowSurrogates = lowSurrogates;
    }

    public static CodePoints of(String text) {
        int[] found = new int[0];
        int n = 0;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (n == found.length)
                    found = Arrays.copyOf(found, Math.max(16, n * 2));
                found[n++] = i;
            }
        }
        return new CodePoints(Arrays.copyOf(found, n));
    }

    /** The number of code points in {@code text[0, charOffset)}. */
    public int offset(int charOffset) {
        int i = Arrays.binarySearch(lowSurrogates, charOffset);
        int before = i >= 0 ? i : -i - 1;
        return charOffset - before;
    }
}
