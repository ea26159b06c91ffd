package org.evaw.mapping.recognise;

import java.util.regex.Pattern;

/**
 * Tells a country's or place's name that is part of a lake's, gulf's, bay's, river's, basin's or
 * delta's name ("the Lake Chad Basin Commission", "the Gulf of Guinea", "the Niger Basin Authority",
 * "the Niger Delta", "Lake Victoria") from a mention of the country or place: the feature, or a body
 * named after it, spans several countries or lies in another and names none of them. A glance at
 * the few characters right before and after the mention, so the cost is constant.
 */
final class NaturalFeatureNames {
    private static final String[] BEFORE = {"Lake ", "Gulf of ", "Gulf of the ", "Bay of "};
    /** The head of a feature named after a river or a lake: "the Senegal River", "the Congo Basin". */
    private static final Pattern AFTER = Pattern.compile("\\s{1,2}(?:River|Basin|Delta|Valley|Estuary)\\b");

    private NaturalFeatureNames() {}

    /** Whether the country named from {@code start} follows the first words of a feature's name. */
    static boolean isFeature(String text, int start) {
        for (String b : BEFORE) {
            int at = start - b.length();
            if (at >= 0 && text.startsWith(b, at) && (at == 0 || !Character.isLetter(text.charAt(at - 1))))
                return true;
        }
        return false;
    }

    /** Whether the country or place named in {@code text[start, end)} is a word of a feature's name, before or after it. */
    static boolean isFeature(String text, int start, int end) {
        return isFeature(text, start) || AFTER.matcher(text).region(end, Math.min(text.length(), end + 10)).lookingAt();
    }
}
