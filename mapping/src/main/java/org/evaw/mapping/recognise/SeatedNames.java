package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * A partner or a programme whose name keeps the place it sits in or serves, which tells it from its namesakes
 * elsewhere. The head-noun pattern stops before "in"; where a name of the instance's type ends with one of its heads
 * and "in" follows, with a place the reference data knows (or, for an instance that reads them, a region of several
 * countries) right after it, the name runs on to that place. One instance per kind of seat, each with its type,
 * heads, how far "in" may reach and which kinds of place name a seat.
 */
final class SeatedNames {
    /**
     * "the Higher Court in Novi Sad", "the District Court in Prizren", "the Public Prosecutor's Office
     * in Lyon": a city or region tells a court from the country's other courts of its rank; a country
     * after "in" says where the work is, not which court.
     */
    static final SeatedNames COURTS = new SeatedNames(EntityType.PARTNER,
            Pattern.compile("\\b(?:Court|Tribunal|Prosecutor['\u2019]s\\s+Office|Prosecution\\s+Office)$"),
            Pattern.compile("\\s{1,3}in\\s{1,3}"), 8, Set.of(EntityType.PLACE), false);
    /**
     * "the Norwegian Embassy in Cuba", "the Embassy of Japan in Kenya", "the Consulate General in the
     * Netherlands": a country or a city tells an embassy from the state's other embassies.
     */
    static final SeatedNames EMBASSIES = new SeatedNames(EntityType.PARTNER,
            Pattern.compile("\\b(?:Embassy|Consulate|Consulate General)(?: of .+)?$"),
            Pattern.compile("\\s{1,3}in\\s{1,3}(?:the\\s{1,3})?"), 12, Set.of(EntityType.COUNTRY, EntityType.PLACE), false);
    /**
     * "the Refugee Health Programme in Turkey", "a Regional Humanitarian Fund in West and Central Africa", "the
     * Protection Cluster in Ukraine": a programme named by its head noun, with the country or region it serves right
     * after "in", is named in full with it (the fullest name the text gives). Only a name the head-noun pattern read:
     * a name the reference data knows ("the Spotlight Initiative in Uganda") is that programme, working there. Not a
     * city: "the Harbours Programme in Accra", "its Youth Leadership Programme in Doha" say where an event was.
     */
    static final SeatedNames PROGRAMMES = new SeatedNames(EntityType.PROGRAMME,
            Pattern.compile("\\b(?:Programme|Program|Project|Fund|Cluster)$"),
            Pattern.compile("\\s{1,3}in\\s{1,3}(?:the\\s{1,3})?"), 12, Set.of(EntityType.COUNTRY), true);


    private static final Pattern REGION_WORD = Pattern.compile("\\s{1,3}Region\\b");

    private final EntityType type;
    private final Pattern head;
    private final Pattern in;
    private final int reach;
    private final Set<EntityType> seats;
    private final boolean regions;

    private SeatedNames(EntityType type, Pattern head, Pattern in, int reach, Set<EntityType> seats, boolean regions) {
        this.type = type;
        this.head = head;
        this.in = in;
        this.reach = reach;
        this.seats = seats;
        this.regions = regions;
    }

    /** {@code found} with each name of this kind followed by "in" and a known seat ({@code byStart}) extended to that seat. */
    List<Mention> extended(String text, int to, List<Mention> found, Map<Integer, Mention> byStart, IriMinter iris) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Matcher gap = in.matcher(text).region(m.end(), Math.min(to, m.end() + reach));
            int seatEnd = m.entity().type() == type && head.matcher(m.entity().label()).find() && gap.lookingAt()
                    ? seatEnd(text, to, gap.end(), byStart) : -1;
            if (seatEnd < 0) {
                out.add(m);
                continue;
            }
            String label = m.entity().label() + text.substring(m.end(), seatEnd).replaceAll("\\s+", " ");
            out.add(new Mention(Entity.foundByPattern(type, label, iris), m.start(), seatEnd, m.confidence()));
        }
        return out;
    }

    /** Where the seat named at {@code at} ends, or -1 if no seat of this instance's kinds is named there. */
    private int seatEnd(String text, int to, int at, Map<Integer, Mention> byStart) {
        Mention place = byStart.get(at);
        if (place != null && seats.contains(place.entity().type()))
            return place.end();
        if (!regions)
            return -1;
        // "… in West and Central Africa", "… in the Great Lakes Region": a bearing may come before, "Region" after.
        int end = RegionNames.endWithBearing(text, at, to);
        if (end < 0)
            return -1;
        Matcher regionWord = REGION_WORD.matcher(text).region(end, to);
        return regionWord.lookingAt() ? regionWord.end() : end;
    }
}
