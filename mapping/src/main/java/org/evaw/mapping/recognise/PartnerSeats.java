package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * A partner whose name keeps the place it sits in, which tells it from its namesakes elsewhere. The
 * head-noun pattern stops before "in"; where a partner's label ends with one of the seat's heads and
 * "in" follows, with a place the reference data knows right after it, the name runs on to that
 * place. One instance per kind of seat, each with its heads, how far "in" may reach and which kinds
 * of place name a seat.
 */
final class PartnerSeats {
    /**
     * "the Higher Court in Novi Sad", "the District Court in Prizren", "the Public Prosecutor's Office
     * in Lyon": a city or region tells a court from the country's other courts of its rank; a country
     * after "in" says where the work is, not which court.
     */
    static final PartnerSeats COURTS = new PartnerSeats(
            Pattern.compile("\\b(?:Court|Tribunal|Prosecutor['\u2019]s\\s+Office|Prosecution\\s+Office)$"),
            Pattern.compile("\\s{1,3}in\\s{1,3}"), 8, Set.of(EntityType.PLACE));
    /**
     * "the Norwegian Embassy in Cuba", "the Embassy of Japan in Kenya", "the Consulate General in the
     * Netherlands": a country or a city tells an embassy from the state's other embassies.
     */
    static final PartnerSeats EMBASSIES = new PartnerSeats(
            Pattern.compile("\\b(?:Embassy|Consulate|Consulate General)(?: of .+)?$"),
            Pattern.compile("\\s{1,3}in\\s{1,3}(?:the\\s{1,3})?"), 12, Set.of(EntityType.COUNTRY, EntityType.PLACE));

    private final Pattern head;
    private final Pattern in;
    private final int reach;
    private final Set<EntityType> seats;

    private PartnerSeats(Pattern head, Pattern in, int reach, Set<EntityType> seats) {
        this.head = head;
        this.in = in;
        this.reach = reach;
        this.seats = seats;
    }

    /** {@code found} with each partner of this kind followed by "in" and a known seat ({@code byStart}) extended to that seat. */
    List<Mention> extended(String text, int to, List<Mention> found, Map<Integer, Mention> byStart, IriMinter iris) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Matcher gap = in.matcher(text).region(m.end(), Math.min(to, m.end() + reach));
            Mention place = m.entity().type() == EntityType.PARTNER && head.matcher(m.entity().label()).find() && gap.lookingAt()
                    ? byStart.get(gap.end()) : null;
            if (place == null || !seats.contains(place.entity().type())) {
                out.add(m);
                continue;
            }
            String label = m.entity().label() + text.substring(m.end(), place.end()).replaceAll("\\s+", " ");
            out.add(new Mention(Entity.foundByPattern(EntityType.PARTNER, label, iris),
                    m.start(), place.end(), m.confidence()));
        }
        return out;
    }
}
