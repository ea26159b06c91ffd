package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * A name with a programme's head noun, found by pattern, that a list places among organisations is
 * an organisation: in "the Alpha Network (AN), the Global Partnership for Safer Towns (GPST) and the
 * Beta League", "the Riverside Rights Project, the Hill Women's Centre and UNDP ran the clinics" the
 * Partnership and the Project are the members of a list of bodies, not work they run. The items of a
 * list are of one kind: the name is read as a partner when at least two other items of its list are
 * organisations (agencies or partners) and none is a programme, a country or a place (donors named
 * as countries beside a fund, "Norway, Sweden and the Peace Fund", leave the fund a fund).
 */
final class ProgrammeHeadsAmongOrganisations {
    /** Between two items of a list: a comma or "and", perhaps after the first item's acronym in brackets, and "the". */
    private static final Pattern LIST_GAP = Pattern.compile(
            "(?:\\s{0,3}\\([^()\\n]{1,40}\\)|\\))?\\s{0,3}(?:,\\s{0,3}(?:and\\s{1,3})?|\\s{1,3}(?:and|&)\\s{1,3})(?:the\\s{1,3})?");
    private static final int MIN_ORGANISATION_MATES = 2;
    private static final int MAX_GAP = 60;
    /** At most this many items are read on each side: a longer list is judged by its items nearest the name. */
    private static final int MAX_ITEMS = 12;
    /**
     * Heads that name an organisation as often as a programme: "Programme", "Fund" and "Campaign" name
     * what organisations run even among them ("Staff of UNDP, UNEP and the Small Grants Programme").
     */
    private static final java.util.Set<String> SHARED_HEADS = java.util.Set.of("Partnership", "Project", "Initiative", "Facility",
            "Network", "Platform");

    private ProgrammeHeadsAmongOrganisations() {}

    /** {@code kept} with each programme found by pattern that a list places among organisations read as a partner. */
    static List<Mention> retyped(String text, List<Mention> kept, IriMinter iris) {
        if (kept.stream().noneMatch(k -> k.entity().type() == EntityType.PROGRAMME && k.confidence() == OrganisationPatternRecogniser.CONFIDENCE))
            return kept;
        Items items = new Items(kept.stream().filter(k -> k.entity().type() != EntityType.TERM).toList());
        List<Mention> out = new ArrayList<>(kept.size());
        for (Mention k : kept) {
            if (k.entity().type() == EntityType.PROGRAMME && k.confidence() == OrganisationPatternRecogniser.CONFIDENCE
                    && sharedHead(k) && !quoted(text, k) && !framesTheWork(text, k) && amongOrganisations(text, items, k)) {
                String label = k.entity().label();
                out.add(new Mention(Entity.foundByPattern(EntityType.PARTNER, label, iris),
                        k.start(), k.end(), k.confidence()));
            } else {
                out.add(k);
            }
        }
        return out;
    }

    /** "under the", "through the", "within the", "as part of the": what the work is done under is a programme. */
    private static final Pattern FRAME_BEFORE = Pattern.compile("(?i:under|through|within|as\\s{1,3}part\\s{1,3}of)\\s{1,3}(?:the|its|their)\\s{1,3}$");

    /**
     * Whether the name follows a word that frames the work under it: "under the Ray of Light Initiative, UNDP and the
     * Kyrgyz Association of Women Judges developed …" names a programme before its list of actors.
     */
    private static boolean framesTheWork(String text, Mention m) {
        return FRAME_BEFORE.matcher(text).region(Math.max(0, m.start() - 30), m.start()).find();
    }

    private static boolean sharedHead(Mention m) {
        for (String word : m.entity().label().split(" "))
            if (SHARED_HEADS.contains(word))
                return true;
        return false;
    }

    private static boolean quoted(String text, Mention m) {
        char first = text.charAt(m.start());
        return !Character.isLetterOrDigit(first);
    }

    /** Whether the items listed with {@code m}, before and after it, are all organisations, and enough of them. */
    private static boolean amongOrganisations(String text, Items items, Mention m) {
        int organisations = 0;
        int steps = 0;
        for (Mention at = m, before; steps++ < MAX_ITEMS && (before = listedBefore(text, items, at)) != null; at = before) {
            if (!isOrganisation(before))
                return false;
            organisations++;
        }
        steps = 0;
        for (Mention at = m, after; steps++ < MAX_ITEMS && (after = listedAfter(text, items, at)) != null; at = after) {
            if (!isOrganisation(after))
                return false;
            organisations++;
        }
        return organisations >= MIN_ORGANISATION_MATES;
    }

    private static boolean isOrganisation(Mention m) {
        EntityType type = m.entity().type();
        return type == EntityType.AGENCY || type == EntityType.PARTNER;
    }

    /**
     * The item that ends where a list gap before {@code m} begins. A name inside the brackets that
     * close the item before is no item ("(TPO Cambodia)"), unless it fills them: the item's acronym.
     */
    private static Mention listedBefore(String text, Items items, Mention m) {
        Mention before = null;
        for (Mention i : items.endingIn(m.start() - MAX_GAP, m.start())) {
            if (before != null && i.end() <= before.end())
                continue;
            java.util.regex.Matcher gap = LIST_GAP.matcher(text).region(i.end(), m.start());
            if (gap.matches() && (text.charAt(i.end()) != ')' || i.start() > 0 && text.charAt(i.start() - 1) == '('))
                before = i;
        }
        return before;
    }

    /** The item that starts where a list gap after {@code m} ends: the first, and the longest there. */
    private static Mention listedAfter(String text, Items items, Mention m) {
        Mention next = items.longestStartingFrom(m.end(), m.end() + MAX_GAP);
        return next != null && LIST_GAP.matcher(text).region(m.end(), next.start()).matches() ? next : null;
    }

    /** The items of a block indexed by end and by start, so that each look-up reads only the few items near it. */
    private static final class Items {
        private final java.util.TreeMap<Integer, List<Mention>> byEnd = new java.util.TreeMap<>();
        /** The longest item at each start. */
        private final java.util.TreeMap<Integer, Mention> byStart = new java.util.TreeMap<>();

        Items(List<Mention> items) {
            for (Mention i : items) {
                byEnd.computeIfAbsent(i.end(), e -> new ArrayList<>()).add(i);
                byStart.merge(i.start(), i, (a, b) -> b.end() > a.end() ? b : a);
            }
        }

        List<Mention> endingIn(int from, int to) {
            List<Mention> near = new ArrayList<>();
            byEnd.subMap(from, true, to, true).values().forEach(near::addAll);
            return near;
        }

        Mention longestStartingFrom(int from, int to) {
            var first = byStart.ceilingEntry(from);
            return first == null || first.getKey() > to ? null : first.getValue();
        }
    }
}
