package org.evaw.mapping.recognise;

/**
 * A word that every match of a rule holds, looked for before the rule's pattern runs: a span without it is passed
 * over unread. A pattern that can open at any capitalised word would otherwise try each one of every span, only to
 * find the word that makes a match ("… Area of Responsibility", "… Clusters") missing.
 */
final class Cue {
    private Cue() {}

    /** Whether {@code word} lies wholly inside {@code [from, to)} of {@code text}. */
    static boolean within(String text, int from, int to, String word) {
        int at = text.indexOf(word, from);
        return at >= 0 && at + word.length() <= to;
    }
}
