package org.evaw.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The three-character pieces of an activity's descriptions that the index keeps, so that a SPARQL
 * {@code CONTAINS} over the descriptions can be answered from a few term lookups instead of a pass
 * over every description ({@link SearchIndex#activitiesDescribedWith}).
 * <p>
 * <b>Why the answer is never short.</b> A description is kept as the trigrams (of code points) of
 * {@link #folded(String)}: the text lower-cased as SPARQL's {@code LCASE} does (Java's
 * {@code toLowerCase}, which for every language but Turkish, Azeri and Lithuanian is
 * {@link Locale#ROOT}'s), with a final sigma written as a plain one. That last step makes the mapping
 * character by character: lower case is context-free for every other character, so a piece of a
 * text maps to a piece of the text's mapping. So if {@code t} is a substring of {@code LCASE(d)},
 * the trigrams of {@code sigma(t)} are all trigrams of {@code d}'s; if {@code t} is a substring of
 * {@code d} itself, those of {@code folded(t)} are. The activities holding every trigram of the text
 * are therefore all the activities whose description contains it, and perhaps some more, which the
 * query's own FILTER then drops. No accent folding and no word boundaries: either could split what
 * {@code CONTAINS} keeps whole.
 */
final class DescriptionGrams {
    /** How many code points a piece has: a text shorter than this cannot be looked up. */
    static final int LENGTH = 3;
    /** How many of a text's pieces a lookup asks for at most: any subset still finds every match. */
    static final int MOST_ASKED = 48;
    private static final Set<String> LOCALE_SENSITIVE = Set.of("tr", "az", "lt");

    private DescriptionGrams() {}

    /**
     * Whether this JVM's {@code String.toLowerCase()} (what {@code LCASE} calls) is
     * {@link Locale#ROOT}'s, which the index was written with; if not, no lookup is made.
     */
    static boolean lowerCaseIsRoot() {
        return !LOCALE_SENSITIVE.contains(Locale.getDefault().getLanguage());
    }

    /**
     * Whether a lookup can be made for {@code text}: it has {@value #LENGTH} code points or more and
     * no lone surrogate (one could match half of a character that the description's trigrams keep whole).
     */
    static boolean askable(String text) {
        return text.codePointCount(0, text.length()) >= LENGTH && text.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    /** A description as the index keeps it: lower case, final sigma plain. */
    static String folded(String text) {
        return sigma(text.toLowerCase(Locale.ROOT));
    }

    /** Every final sigma written as a plain sigma: the one lower-case letter that depends on its neighbours. */
    static String sigma(String text) {
        return text.replace('ς', 'σ');
    }

    /** The distinct trigrams of {@code folded}, in the order they first occur; none when it is shorter than {@value #LENGTH}. */
    static Set<String> of(String folded) {
        Set<String> grams = new LinkedHashSet<>();
        int[] points = folded.codePoints().toArray();
        for (int i = 0; i + LENGTH <= points.length; i++)
            grams.add(new String(points, i, LENGTH));
        return grams;
    }

    /**
     * The trigrams a lookup for {@code folded} asks for: all of them, or those at {@value #MOST_ASKED}
     * places spread evenly from its first to its last (a long text needs no more to be selective,
     * Lucene bounds a query's clauses, and a text of a megabyte is not cut into a million pieces).
     */
    static Set<String> asked(String folded) {
        int[] points = folded.codePoints().toArray();
        int lastStart = points.length - LENGTH;
        if (lastStart < MOST_ASKED)
            return of(folded);
        Set<String> grams = new LinkedHashSet<>();
        for (int k = 0; k < MOST_ASKED; k++)
            grams.add(new String(points, (int) ((long) k * lastStart / (MOST_ASKED - 1)), LENGTH));
        return grams;
    }
}
