package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * A force's or body's name that gives its theatre after a dash keeps it, where an acronym in
 * brackets closes the whole: "the Multinational Force – Haiti (MNF-H)", "the Stabilisation Force –
 * Bosnia (SFOR-B)". The head-noun pattern stops at the dash; the place must be a country or place
 * the reference data knows. Without the bracket a dash may open an aside, and the name stops there.
 */
final class DashedPlaceNames {
    private static final Pattern DASH = Pattern.compile("\\s{0,2}[\u2013\u2014-]\\s{0,2}");
    private static final Pattern ACRONYM = Pattern.compile("\\s{0,2}\\(\\s{0,2}\\p{Lu}[\\p{Lu}\\p{N}&/-]{1,11}\\s{0,2}\\)");

    private DashedPlaceNames() {}

    /** {@code found} with each partner followed by a dash, a known place and an acronym in brackets extended to the place. */
    static List<Mention> extended(String text, int to, List<Mention> found, Map<Integer, Mention> byStart, IriMinter iris) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Matcher dash = DASH.matcher(text).region(m.end(), Math.min(to, m.end() + 5));
            Mention place = m.entity().type() == EntityType.PARTNER && dash.lookingAt() && dash.end() > m.end()
                    ? byStart.get(dash.end()) : null;
            boolean closed = place != null && isPlace(place) && ACRONYM.matcher(text).region(place.end(), to).lookingAt();
            if (!closed) {
                out.add(m);
                continue;
            }
            String label = m.entity().label() + " \u2013 " + text.substring(place.start(), place.end()).replaceAll("\\s+", " ");
            out.add(new Mention(Entity.foundByPattern(EntityType.PARTNER, label, iris),
                    m.start(), place.end(), m.confidence()));
        }
        return out;
    }

    private static boolean isPlace(Mention m) {
        return m.entity().type() == EntityType.COUNTRY || m.entity().type() == EntityType.PLACE;
    }
}
