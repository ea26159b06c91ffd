package org.evaw.mapping.recognise;

/**
 * Tells a city's name that is the last word of a region's name ("Middle Juba", "Lower Shabelle",
 * "Upper Nile") from a mention of the city: such regions are named after the river they lie on,
 * and a capital that bears the river's name may lie in another country (Juba, the capital of South
 * Sudan; Middle and Lower Juba, regions of Somalia). A glance at the word right before the mention.
 */
final class RiverRegionNames {
    private static final String[] QUALIFIERS = {"Middle ", "Lower ", "Upper "};

    private RiverRegionNames() {}

    /** Whether the place named from {@code start} follows a river region's qualifier. */
    static boolean isRegion(String text, int start) {
        for (String q : QUALIFIERS) {
            int at = start - q.length();
            if (at >= 0 && text.startsWith(q, at) && (at == 0 || !Character.isLetter(text.charAt(at - 1))))
                return true;
        }
        return false;
    }
}
