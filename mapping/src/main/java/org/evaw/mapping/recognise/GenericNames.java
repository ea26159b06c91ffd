package org.evaw.mapping.recognise;

import java.util.Set;

/**
 * Capitalised phrases that name everyone of a kind, no one organisation or programme, whatever their
 * capitals (words/generic-names.txt): "Civil Society", "the Private Sector", "High Court", "the Task
 * Force". One list, read once, for the rules that would otherwise take such a phrase for a name: the
 * head-noun pattern, a list's items and the learnt names' kind words.
 */
final class GenericNames {
    private static final Set<String> NAMES = WordList.of("generic-names");

    private GenericNames() {}

    /** Whether {@code phrase}, its words one space apart and without an article, is a name of the list; case counts. */
    static boolean is(String phrase) {
        return NAMES.contains(phrase);
    }
}
