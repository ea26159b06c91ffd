package org.evaw.mapping.recognise;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells an organisation's name from a common word of French, Spanish or Portuguese written the same
 * (words/romance-homographs.txt): Sweden's development agency, Sida, from "sida", AIDS, which those
 * languages write "SIDA" or "Sida" too: "el Consejo Nacional para el VIH y el Sida", "la lutte
 * contre le sida". After HIV's Romance acronym, or after a Romance article or preposition, the name
 * is the word: English text writes "Sida" bare or after English words ("from Sida", "and SIDA"). A
 * glance at the few characters before the mention, so the cost is constant.
 */
final class RomanceHomographs {
    private static final Set<String> WORDS = WordList.of("romance-homographs");
    private static final Pattern BEFORE = Pattern.compile(
            "(?:\\b(?:VIH|VHI)(?:\\s{1,3}(?:y|et|e)(?:\\s{1,3}(?:el|le|la|o))?)?\\s{1,3}|\\b(?:VIH|VHI)\\s?/\\s?"
                    + "|\\b(?:el|le|la|del|du|au|al|do|da|o|y|et|e|contra|contre|sur|sobre)\\s{1,3})$");

    private RomanceHomographs() {}

    /** Whether the mention of a known name is a Romance word written the same. */
    static boolean isWord(String text, Mention m) {
        if (!m.entity().inReference() || !WORDS.contains(text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT)))
            return false;
        return BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find();
    }
}
