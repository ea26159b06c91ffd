package org.evaw.mapping.recognise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A set of words that a recognition rule reads, kept as a resource file beside the code
 * ({@code words/NAME.txt}: one word or phrase a line, {@code #} opens a comment) so that the
 * knowledge of how names are written lives as data, not in Java strings. Public for the few lists
 * other stages read too ({@code months}: page layout and date phrases).
 */
public final class WordList {
    private static final String FOLDER = "words/";

    private WordList() {}

    /** The words of {@code words/NAME.txt}, as written (case kept). */
    public static Set<String> of(String name) {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = WordList.class.getResourceAsStream(FOLDER + name + ".txt")) {
            if (in == null)
                throw new IllegalStateException("no word list " + FOLDER + name + ".txt");
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int hash = line.indexOf('#');
                String word = (hash < 0 ? line : line.substring(0, hash)).strip();
                if (!word.isEmpty())
                    words.add(word);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** The words of {@code words/NAME.txt} and {@code more}: a rule's own words beside a shared list. */
    static Set<String> with(String name, Set<String> more) {
        Set<String> words = new LinkedHashSet<>(of(name));
        words.addAll(more);
        return Set.copyOf(words);
    }

    /** The words as one regular-expression alternation, longest first, each quoted. */
    public static String alternation(String name) {
        return of(name).stream().sorted((a, b) -> b.length() - a.length()).map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
    }
}
