package org.evaw.mapping.recognise;

/**
 * Tells a country's name that is part of a lake's, gulf's or bay's name ("the Lake Chad Basin
 * Commission", "the Gulf of Guinea", "the Bay of Bengal") from a mention of the country: the
 * feature, or a body named after it, spans several countries and names none of them. A glance at
 * the few characters right before the mention, so the cost is constant.
 */
final class NaturalFeatureNames {
    private static final String[] BEFORE = {"Lake ", "Gulf of ", "Gulf of the ", "Bay of "};

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
}
