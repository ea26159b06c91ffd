package org.evaw.mapping.analysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.evaw.mapping.recognise.Entity;
import org.evaw.mapping.recognise.EntityType;
import org.evaw.mapping.recognise.Mention;

/**
 * Tells the agency that does what a sentence reports from the agencies it works with: "UNDP and UN
 * Women supported …" is done by UNDP; in "in partnership with UNFPA, UNODC, WHO and UNDP, UN Women
 * developed …" and "with the support of UNDP, the Ministry …" the agencies after "with", "by",
 * "from" or "of" (and the rest of their list) are partners.
 */
final class Actors {
    /** Words that make the organisation after them a partner, a funder or a beneficiary rather than the actor. */
    private static final Pattern CUE = Pattern.compile(
            "\\b(?:with|by|from|of|alongside|to|through|via|including|among|between|like|and\\swith)"
                    + "\\s{1,3}(?:(?:the|its|their|our)\\s{1,3})?$", Pattern.CASE_INSENSITIVE);
    /** What lies between two members of a list of organisations. */
    private static final Pattern LIST_GAP = Pattern.compile("^\\s{0,3}(?:,|,?\\s{0,3}(?:and|&))\\s{0,3}(?:the\\s{1,3})?$");
    private static final Pattern AND = Pattern.compile("\\b(?:and)\\b|&");
    private static final int LOOK_BEHIND = 40;

    private Actors() {}

    /** The first agency named in {@code text[from, to)} that is not there as a partner, if any. */
    static Optional<Entity> lead(String text, List<Mention> mentions, int from, int to) {
        Mention previous = null;
        boolean previousCued = false;
        boolean listClosed = false;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.start() < from || m.end() > to || !isOrganisation(m.entity()))
                continue;
            String gap = previous == null ? null : text.substring(Math.min(previous.end(), m.start()), m.start());
            boolean cued;
            if (gap != null && previousCued && !listClosed && LIST_GAP.matcher(gap).matches()
                    && (AND.matcher(gap).find() || followedByList(text, mentions, k, to))) {
                cued = true;
                listClosed = AND.matcher(gap).find();
            } else {
                cued = CUE.matcher(text.substring(Math.max(from, m.start() - LOOK_BEHIND), m.start())).find();
                listClosed = false;
            }
            if (!cued && m.entity().type() == EntityType.AGENCY)
                return Optional.of(m.entity());
            previous = m;
            previousCued = cued;
        }
        return Optional.empty();
    }

    /** Whether the mention at {@code k} is followed by a list gap and another organisation: a list member, not the next clause's subject. */
    private static boolean followedByList(String text, List<Mention> mentions, int k, int to) {
        for (int j = k + 1; j < mentions.size(); j++) {
            Mention next = mentions.get(j);
            if (next.start() < mentions.get(k).end())
                continue;
            if (next.end() > to || !isOrganisation(next.entity()))
                return false;
            return LIST_GAP.matcher(text.substring(mentions.get(k).end(), next.start())).matches();
        }
        return false;
    }

    private static boolean isOrganisation(Entity e) {
        return e.type() == EntityType.AGENCY || e.type() == EntityType.PARTNER;
    }
}
