package org.evaw.mapping.recognise;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The owner's possessive that opens a programme's name without being part of it: "the Tribunal's
 * Support Programme for Witnesses", "the Mission's Community Outreach Programme", "the ECCC's
 * Reparations Programme". A singular noun after "the", or an acronym, owns the programme; the
 * possessive of a plural ("Women's", "Children's", "People's") is a word of the name. Only a name
 * with a programme's head noun after the possessive is read so: "the Fund's Advisory Board" is an
 * organ, left to the rules on units.
 */
final class ProgrammeOwners {
    private static final Pattern POSSESSIVE = Pattern.compile("(?<owner>\\p{Lu}[\\p{L}-]{1,30})['\u2019]s\\s{1,3}(?=\\p{Lu})");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,10}");
    /** Plurals whose possessive is written "'s": a name's first word, not an owner. */
    /** A programme's own head: what follows the possessive must name one, else the possessive opens some other name. */
    private static final Pattern PROGRAMME_HEAD = Pattern.compile(
            "\\b(?:Programme|Program|Project|Initiative|Campaign|Fund|Facility|Course|Partnership)\\b");
    private static final Set<String> PLURALS = Set.of("Women", "Men", "Children", "People", "Peoples", "Youth", "Girls", "Boys");

    private ProgrammeOwners() {}

    /** Where a programme named in {@code text[start, end)} starts after its owner's possessive, or -1 when it has none. */
    static int afterOwner(String text, int start, int end) {
        Matcher m = POSSESSIVE.matcher(text).region(start, end);
        if (!m.lookingAt() || m.end() >= end)
            return -1;
        String owner = m.group("owner");
        if (PLURALS.contains(owner) || !PROGRAMME_HEAD.matcher(text).region(m.end(), end).find())
            return -1;
        boolean afterThe = start >= 4 && text.regionMatches(true, start - 4, "the ", 0, 4);
        return afterThe || ACRONYM.matcher(owner).matches() ? m.end() : -1;
    }
}
