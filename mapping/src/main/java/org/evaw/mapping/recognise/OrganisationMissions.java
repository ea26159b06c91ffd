package org.evaw.mapping.recognise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * A mission, force or operation that an organisation of the reference data deploys is a body of
 * its own, named by the organisation's name with the head after it: "the European Union Police
 * Mission", "the African Union Mission in Sudan (AMIS)", "the ECOWAS Standby Force". Without this
 * the reference match stops at the organisation ("European Union"), and the pattern recognisers
 * leave a "Mission" to the UN's peace operations. The place of a mission "in" a country is part of
 * its name; a country joined by "and" only where the acronym's bracket closes the name ("… in
 * Ethiopia and Eritrea (…)"), since "… in Sudan and the Government of Sudan" names two bodies,
 * or where the reference data knows a country of that name ("the OSCE Mission to Bosnia and
 * Herzegovina"). A
 * "Task Force" is a coordination group, left to the other rules. An office or a presence of such an organisation is a
 * body of its own where the text names its seat: "the OSCE Office in Yerevan", "the Council of Europe Office in
 * Yerevan", "the OSCE Programme Office in Dushanbe"; without its seat ("the OSCE Office") it is left to the organisation.
 */
final class OrganisationMissions {
    private static final String WORD = "\\p{Lu}[\\p{L}'\u2019-]{0,30}";
    private static final Pattern AFTER = Pattern.compile(
            "(?<words>(?:\\s{1,3}(?:" + WORD + "|of|and))*?)\\s{1,3}(?<head>Mission|Force|Operation|(?<office>Office|Presence))(?![\\p{L}-])"
                    + "(?<where>\\s{1,3}(?:in|to|for)\\s{1,3}(?:the\\s{1,3})?" + WORD + "(?:\\s{1,3}" + WORD + "){0,3}"
                    + "(?:\\s{1,3}and\\s{1,3}(?:the\\s{1,3})?" + WORD + "(?:\\s{1,3}" + WORD + "){0,3}(?=\\s{0,3}\\())?)?");
    /** At most this many words between the organisation and the head: "Rule of Law", "Capacity Building". */
    private static final int MAX_WORDS = 4;

    private OrganisationMissions() {}

    /**
     * Replaces in {@code reference} each partner the reference data names followed by a mission's
     * head in {@code text[.., to)} by the mission, a partner the graph describes itself, as sure as
     * the reference match it extends.
     */
    static void extend(String text, int to, List<Mention> reference, IriMinter iris) {
        ReferenceExtensions.extend(reference, EntityType.PARTNER, to, r -> mission(text, to, r, reference, iris));
    }

    private static Optional<Mention> mission(String text, int to, Mention r, List<Mention> reference, IriMinter iris) {
        Matcher m = AFTER.matcher(text).region(r.end(), Math.min(to, r.end() + 160));
        if (!m.lookingAt() || words(m.group("words")) > MAX_WORDS || m.group("words").endsWith("Task")
                || m.group("words").strip().endsWith("of") || m.group("words").strip().endsWith("and")
                // An office's seat is where it is ("in Yerevan") or what it serves ("for Central Africa"); "to" opens its
                // purpose ("the … Office to Monitor and Combat Trafficking in Persons").
                || m.group("office") != null && (m.group("where") == null || m.group("where").strip().startsWith("to")))
            return Optional.empty();
        // "the European Union Rule of Law Mission in Kosovo" is itself in the reference data: the longer match won.
        int end = countryEnd(reference, m.start("where"), m.end());
        String label = text.substring(r.start(), end).replaceAll("\\s+", " ");
        Entity mission = Entity.foundByPattern(EntityType.PARTNER, label, iris);
        return Optional.of(new Mention(mission, r.start(), end, r.confidence()));
    }

    /**
     * The end of a mission's name that ends at {@code end}: past it, to the end of a country the
     * reference data names from inside its place ({@code where}), when that country's name holds an "and".
     */
    private static int countryEnd(List<Mention> reference, int where, int end) {
        if (where < 0)
            return end;
        for (Mention c : reference)
            if (c.entity().type() == EntityType.COUNTRY && c.start() >= where && c.start() < end && c.end() > end)
                return c.end();
        return end;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
