package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * A court's or prosecution office's name keeps the city it sits in, which tells it from the
 * country's other courts of the same rank: "the Higher Court in Novi Sad", "the District Court in
 * Prizren", "the Public Prosecutor's Office in Lyon". The head-noun pattern stops before "in"; the
 * place must be a city or region the reference data knows (a country after "in" says where the
 * work is, not which court).
 */
final class CourtSeats {
    private static final Pattern COURT = Pattern.compile("\\b(?:Court|Tribunal|Prosecutor['\u2019]s\\s+Office|Prosecution\\s+Office)$");
    private static final Pattern IN = Pattern.compile("\\s{1,3}in\\s{1,3}");

    private CourtSeats() {}

    /** {@code found} with each court followed by "in" and a known city ({@code byStart}) extended to that city. */
    static List<Mention> extended(String text, int to, List<Mention> found, Map<Integer, Mention> byStart, IriMinter iris) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Matcher in = IN.matcher(text).region(m.end(), Math.min(to, m.end() + 8));
            Mention place = m.entity().type() == EntityType.PARTNER && COURT.matcher(m.entity().label()).find() && in.lookingAt()
                    ? byStart.get(in.end()) : null;
            if (place == null || place.entity().type() != EntityType.PLACE) {
                out.add(m);
                continue;
            }
            String label = m.entity().label() + text.substring(m.end(), place.end()).replaceAll("\\s+", " ");
            out.add(new Mention(new Entity(EntityType.PARTNER, iris.entity("partner", label), label, null, null, false),
                    m.start(), place.end(), m.confidence()));
        }
        return out;
    }
}
