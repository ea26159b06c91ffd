package org.evaw.mapping.recognise;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regions of several countries as running text names them (words/region-names.txt): "Central America", "the
 * Caribbean". "The governments of Central America" names no one government, "Africa" alone no organisation. One list,
 * read once, for the rules that would otherwise take a region for a name: the head-noun pattern's complement, a list's
 * items and a partnership's cue.
 */
final class RegionNames {
    private static final Set<String> NAMES = WordList.of("region-names");
    /** A bearing joined by "and" to a region that it qualifies too: "East and Southeast Asia", "West and Central Africa". */
    private static final Pattern BEARING_AND = Pattern.compile(
            "(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)\\s{1,3}and\\s{1,3}");

    private RegionNames() {}

    /** Whether {@code words}, one space apart, are a region's name of the list; case counts. */
    static boolean is(String words) {
        return NAMES.contains(words);
    }

    /** Whether {@code words} are a region's name of the list, perhaps after a bearing and "and" ("West and Central Africa"). */
    static boolean isWithBearing(String words) {
        Matcher bearing = BEARING_AND.matcher(words);
        return is(words) || bearing.lookingAt() && is(words.substring(bearing.end()));
    }

    /**
     * Where a region's name of the list that {@code text} names at {@code at} ends, read over a bearing and "and" before it
     * ("Eastern and Southern Africa"), or -1 if none is named there.
     */
    static int endWithBearing(String text, int at, int to) {
        Matcher bearing = BEARING_AND.matcher(text).region(at, to);
        return endAt(text, bearing.lookingAt() ? bearing.end() : at);
    }

    /** Whether {@code text} names a region of the list at {@code at}, the region's last word ending there. */
    static boolean startsAt(String text, int at) {
        return endAt(text, at) >= 0;
    }

    /** Where the longest region's name of the list that {@code text} names at {@code at} ends, or -1 if none is named there. */
    static int endAt(String text, int at) {
        int longest = -1;
        for (String region : NAMES) {
            int end = at + region.length();
            if (text.startsWith(region, at) && (end == text.length() || !Character.isLetter(text.charAt(end))))
                longest = Math.max(longest, end);
        }
        return longest;
    }
}
