package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * An embassy's or consulate's name keeps the country or city it sits in, which tells it from the
 * state's other embassies: "the Norwegian Embassy in Cuba", "the Embassy of Japan in Kenya". The
 * head-noun pattern stops before "in"; the place must be one the reference data knows.
 */
final class EmbassySeats {
    private static final Pattern EMBASSY = Pattern.compile("\\b(?:Embassy|Consulate|Consulate General)(?: of .+)?$");
    private static final Pattern IN_THE = Pattern.compile("\\s{1,3}in\\s{1,3}(?:the\\s{1,3})?");

    private EmbassySeats() {}

    /** {@code found} with each embassy or consulate followed by "in" and a known place ({@code byStart}) extended to that place. */
    static List<Mention> extended(String text, int to, List<Mention> found, Map<Integer, Mention> byStart, IriMinter iris) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Matcher in = IN_THE.matcher(text).region(m.end(), Math.min(to, m.end() + 12));
            Mention place = m.entity().type() == EntityType.PARTNER && EMBASSY.matcher(m.entity().label()).find() && in.lookingAt()
                    ? byStart.get(in.end()) : null;
            if (place == null || !isPlace(place)) {
                out.add(m);
                continue;
            }
            String label = m.entity().label() + text.substring(m.end(), place.end()).replaceAll("\\s+", " ");
            out.add(new Mention(new Entity(EntityType.PARTNER, iris.entity("partner", label), label, null, null, false),
                    m.start(), place.end(), m.confidence()));
        }
        return out;
    }

    private static boolean isPlace(Mention m) {
        return m.entity().type() == EntityType.COUNTRY || m.entity().type() == EntityType.PLACE;
    }
}
