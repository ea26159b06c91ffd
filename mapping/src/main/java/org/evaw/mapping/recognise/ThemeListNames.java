package org.evaw.mapping.recognise;

import java.util.List;
import java.util.NavigableMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * A programme whose name lists its themes with commas before the last "and": "the Access to Justice, Security and
 * Human Rights Programme", "the Financial Access for Rural Markets, Smallholders and Enterprise Programme". The
 * head-noun pattern reads a comma as the end of a list of names and keeps only the last item with the head ("Security
 * and Human Rights Programme"); after "the" or its owner's possessive ("UNDP's Access to Justice, Security and Human
 * Rights Strengthening Programme"), with no other article and no name the reference data knows among the
 * items, the items before it are words of the same name.
 */
final class ThemeListNames {
    private static final String WORD = "\\p{Lu}[\\p{L}'\u2019-]*";
    /** "the" or an owner's possessive, and one to four items of one to four capitalised words (small words between), each with its comma. */
    private static final Pattern ITEMS_BEFORE = Pattern.compile(
            "(?:\\b[Tt]he|\\p{L}['\u2019]s)\\s((?:" + WORD + "(?:\\s(?:(?:to|for|of|on|in)\\s)?" + WORD + "){0,3},\\s){1,4})$");
    /** How far back the items may reach. */
    private static final int REACH = 160;

    private ThemeListNames() {}

    /**
     * {@code found} with each programme found by pattern that closes such a list, and holds its "and", extended back to
     * the list's first item; the names found inside the longer name are words of it.
     */
    static List<Mention> extended(String text, int from, List<Mention> found, NavigableMap<Integer, Mention> knownByStart,
            IriMinter iris) {
        return GrownNames.grown(found, m -> longer(text, from, m, knownByStart, iris));
    }

    private static Mention longer(String text, int from, Mention m, NavigableMap<Integer, Mention> knownByStart, IriMinter iris) {
        if (m.entity().type() != EntityType.PROGRAMME || !m.entity().label().contains(" and "))
            return m;
        int floor = Math.max(from, m.start() - REACH);
        Matcher items = ITEMS_BEFORE.matcher(text).region(floor, m.start());
        if (!items.find())
            return m;
        int start = items.start(1);
        if (!knownByStart.subMap(start, true, m.start(), false).isEmpty())
            return m;
        String label = (text.substring(start, m.start()) + m.entity().label()).replaceAll("\\s+", " ");
        return new Mention(Entity.foundByPattern(EntityType.PROGRAMME, label, iris), start, m.end(), m.confidence());
    }
}
