package org.evaw.mapping.recognise;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An acronym the text defines for a name of its own is that name's, not a known organisation's of
 * the same letters: "the Ente Costarricense de Acreditación (ECA)" is no Economic Commission for
 * Africa, "each an Oficina Municipal de la Mujer (OMM)" no World Meteorological Organization. The
 * acronym in brackets is read against the words before it, as in Schwartz and Hearst's algorithm for
 * abbreviation definitions (each letter, from the last, the first letter of a word, going back, here
 * word after word, connectors skipped); when they spell it and share no word with any of the known
 * organisation's names, the text has defined it for another name. Only UN agencies' acronyms are
 * read so: a known partner's name is more often worded another way than defined for another body.
 */
final class DefinedAcronyms {
    /** Words a definition may hold without a letter of the acronym: "Oficina Municipal de la Mujer" (words/definition-connectors.txt). */
    static final Set<String> SKIPPED = WordList.of("definition-connectors");
    /** Words many organisations' names share, which say nothing of being the same one (words/definition-generic-words.txt). */
    private static final Set<String> GENERIC = WordList.of("definition-generic-words");
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** How many words before the bracket a definition may take. */
    private static final int MAX_WORDS = 14;

    private DefinedAcronyms() {}

    /**
     * Whether {@code m}, a known organisation's acronym in brackets, is defined by the text for another name: the words
     * before the bracket spell it and share no telling word with any of the organisation's other names.
     */
    static boolean definedForAnotherName(String text, Mention m, Map<String, List<String>> names) {
        String acronym = text.substring(m.start(), m.end());
        if (acronym.length() < 2 || !acronym.chars().allMatch(c -> Character.isUpperCase(c))
                || m.start() < 2 || text.charAt(m.start() - 1) != '(' || m.end() >= text.length() || text.charAt(m.end()) != ')')
            return false;
        String before = text.substring(Math.max(0, m.start() - 200), m.start() - 1).stripTrailing();
        int definition = spelledFrom(acronym, before);
        if (definition < 0)
            return false;
        // "the United Nations High Commissioner on Refugees (UNHCR)": a name of the organisation's, however it is worded.
        // A word that many organisations' names share says nothing ("Department of Home Affairs (DHA)" is no Department
        // of Humanitarian Affairs); an organisation known by its acronym alone ("PATH") cannot be told apart so, and keeps it.
        Set<String> defined = contentWords(before.substring(definition));
        defined.removeAll(GENERIC);
        boolean compared = false;
        for (String name : names.getOrDefault(m.entity().iri(), List.of())) {
            if (name.equals(acronym))
                continue;
            compared = true;
            if (contentWords(name).stream().anyMatch(defined::contains))
                return false;
        }
        return compared;
    }

    /** The lowercase words of {@code s} that are not {@link #SKIPPED}. */
    private static Set<String> contentWords(String s) {
        return WORD.matcher(s).results().map(r -> r.group().toLowerCase(Locale.ROOT)).filter(w -> !SKIPPED.contains(w))
                .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }

    /**
     * Where the words at the end of {@code before} whose first letters spell {@code acronym} begin (connectors
     * between them skipped), or -1 if they do not spell it.
     */
    static int spelledFrom(String acronym, String before) {
        List<java.util.regex.MatchResult> found = WORD.matcher(before).results().toList();
        List<String> words = found.stream().map(r -> r.group()).toList();
        int w = words.size() - 1;
        int stop = Math.max(0, words.size() - MAX_WORDS);
        // The definition's last word is the acronym's last letter's: "… de la Mujer (OMM)", not "… in 2019 (OMM)".
        for (int a = acronym.length() - 1; a >= 0; a--) {
            char letter = Character.toLowerCase(acronym.charAt(a));
            while (w >= stop && SKIPPED.contains(words.get(w).toLowerCase(Locale.ROOT)) && a < acronym.length() - 1)
                w--;
            if (w < stop)
                return -1;
            String word = words.get(w);
            if (Character.toLowerCase(word.charAt(0)) != letter || !Character.isUpperCase(word.charAt(0)) && a == 0)
                return -1;
            w--;
        }
        return found.get(w + 1).start();
    }
}
