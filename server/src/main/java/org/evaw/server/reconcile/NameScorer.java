package org.evaw.server.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How close a name of the graph is to the name an analyst typed, from 0 (nothing alike) to 1 (the
 * same once case, accents, punctuation and spacing are set aside). No string-similarity library
 * is on the server's classpath (neither Lucene nor Commons Text), so the measures are the two
 * textbook ones, small enough to read here:
 * <ul>
 * <li>the Levenshtein ratio of the two whole names, {@code 1 - distance / longer length}, for
 * misspellings ("Untied Nations", "Kenia");</li>
 * <li>a soft Dice coefficient of their words, in which two words count as shared when their own
 * Levenshtein ratio is at least {@value #WORD_MATCH}, weighted by that ratio, for names with words
 * missing, added or reordered ("Office on Drugs and Crime");</li>
 * </ul>
 * and the greater of the two is the similarity. An acronym or code is compared whole; a typed
 * acronym also matches the initials of a name's significant words ("UNODC" is the initials of
 * "United Nations Office on Drugs and Crime" without "on" and "and"), scored {@value #INITIALS}.
 */
public final class NameScorer {
    /** How alike two words must be to count as the same word, misspelt. */
    static final double WORD_MATCH = 0.75;
    /** The similarity of a typed acronym to a name whose initials it is: high, but below an exact name. */
    static final double INITIALS = 0.9;
    /** Words left out of initials ({@code minor-words.txt}). */
    private static final Set<String> MINOR_WORDS = minorWords();

    private NameScorer() {}

    private static Set<String> minorWords() {
        try (InputStream in = NameScorer.class.getResourceAsStream("minor-words.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(l -> l.replaceFirst("#.*", "").strip())
                    .filter(l -> !l.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name as compared: accents and case dropped, every run of other than letters and digits one space. */
    public static String normalise(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String spaced = decomposed.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ");
        return spaced.strip();
    }

    /** The words of a normalised name. */
    public static List<String> words(String normalised) {
        return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
    }

    /** The initials of a normalised name's significant words ({@code "unodc"}), or empty for a name of one word. */
    public static String initials(String normalised) {
        List<String> words = words(normalised);
        if (words.size() < 2)
            return "";
        StringBuilder sb = new StringBuilder();
        for (String w : words)
            if (!MINOR_WORDS.contains(w))
                sb.appendCodePoint(w.codePointAt(0));
        return sb.length() < 2 ? "" : sb.toString();
    }

    /** A normalised name without its spaces, as acronyms and codes are compared ({@code "u n o d c"} is {@code "unodc"}). */
    public static String compact(String normalised) {
        return normalised.replace(" ", "");
    }

    /** The similarity of two normalised names, from 0 to 1 (see the class comment). */
    public static double similarity(String a, String b) {
        if (a.equals(b))
            return 1.0;
        if (a.isEmpty() || b.isEmpty())
            return 0.0;
        return Math.max(ratio(a, b), wordDice(words(a), words(b)));
    }

    /** The similarity of a normalised query to a normalised acronym or code: whole strings, no word matching. */
    public static double codeSimilarity(String query, String code) {
        String q = compact(query);
        String c = compact(code);
        if (q.equals(c))
            return 1.0;
        // One letter wrong in a short code is another code, not a misspelling of it.
        return c.length() < 5 ? 0.0 : ratio(q, c);
    }

    /** {@code 1 - levenshtein(a, b) / max(|a|, |b|)}. */
    static double ratio(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1.0 : 1.0 - (double) levenshtein(a, b) / longer;
    }

    /**
     * The soft Dice coefficient of two lists of words: each word of {@code a} is paired with its
     * most alike unpaired word of {@code b}, counting that likeness if it reaches {@value #WORD_MATCH};
     * twice the sum over the number of words of both.
     */
    static double wordDice(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty())
            return 0.0;
        boolean[] used = new boolean[b.size()];
        double shared = 0;
        for (String w : a) {
            int best = -1;
            double bestRatio = 0;
            for (int i = 0; i < b.size(); i++) {
                if (used[i])
                    continue;
                String v = b.get(i);
                // Words whose lengths differ by more than a quarter cannot reach WORD_MATCH: no need to count their edits.
                if (Math.abs(w.length() - v.length()) > (1 - WORD_MATCH) * Math.max(w.length(), v.length()))
                    continue;
                double r = w.equals(v) ? 1.0 : ratio(w, v);
                if (r > bestRatio) {
                    bestRatio = r;
                    best = i;
                }
            }
            if (best >= 0 && bestRatio >= WORD_MATCH) {
                used[best] = true;
                shared += bestRatio;
            }
        }
        return 2 * shared / (a.size() + b.size());
    }

    /** The Levenshtein distance, in two rows of memory. */
    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++)
            previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /** The trigrams of a normalised name, padded with a space at each end so that short names have some. */
    static List<String> trigrams(String normalised) {
        String padded = " " + normalised + " ";
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 3 <= padded.length(); i++)
            grams.add(padded.substring(i, i + 3));
        return grams;
    }
}
