package org.evaw.mapping.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a span of prose into sentences: a full stop, question or exclamation mark followed by space
 * and a capital, a digit or an opening quote or bracket ends one, unless the word before the stop
 * is an abbreviation ("No. 190", "e.g. UNDP", "Mr. Smith") or an initial. One pass over the text.
 * The learnt name finder reads, and is trained on, the same sentences.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "no", "nos", "mr", "mrs", "ms", "dr", "st", "prof", "hon", "rev", "vs", "etc", "e.g", "i.e", "eg", "ie",
            "inc", "ltd", "co", "corp", "jr", "sr", "art", "arts", "para", "paras", "vol", "p", "pp", "approx", "incl",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
            "dept", "govt", "cf", "al", "ca", "op", "res", "doc", "ref", "fig", "sec", "ch");
    /** An abbreviation is a short word: look no further back than this. */
    private static final int MAX_ABBREVIATION = 6;

    private Sentences() {}

    /** The sentences of {@code text[from, to)} as trimmed {start, end} spans, in text order. */
    public static List<int[]> split(String text, int from, int to) {
        List<int[]> sentences = new ArrayList<>();
        int start = skipSpace(text, from, to);
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?')
                continue;
            int after = i + 1;
            while (after < to && "\"'\u201D\u2019)".indexOf(text.charAt(after)) >= 0 && after - i < 3)
                after++;
            if (after >= to || !isSpace(text.charAt(after)))
                continue;
            int next = skipSpace(text, after, to);
            if (next >= to)
                break;
            if (!opensSentence(text.codePointAt(next)) || (c == '.' && isAbbreviation(text, start, i)))
                continue;
            sentences.add(new int[] {start, trimEnd(text, start, after)});
            start = next;
            i = next - 1;
        }
        int end = trimEnd(text, start, to);
        if (end > start)
            sentences.add(new int[] {start, end});
        return sentences;
    }

    private static boolean opensSentence(int c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'\u201C\u2018([".indexOf(c) >= 0;
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int stop) {
        int i = stop;
        while (i > sentenceStart && stop - i <= MAX_ABBREVIATION && !isSpace(text.charAt(i - 1)) && text.charAt(i - 1) != '(')
            i--;
        if (stop - i > MAX_ABBREVIATION || i == stop)
            return false;
        String word = text.substring(i, stop);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
            return true;
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i)))
            i++;
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && isSpace(text.charAt(e - 1)))
            e--;
        return e;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
