package org.evaw.mapping.recognise;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * An organisation named by a known partner's short name and one word more is another organisation
 * of the same family: "Oxfam Novib" is no Oxfam International, "Caritas Bo" no Caritas
 * Internationalis, "ChildFund Alliance" no ChildFund International. The reference data matched the
 * short name it lists ("Oxfam", "Caritas", "ChildFund") and stopped before the word that makes the
 * name another's. Only one plain capitalised word, with no capitalised word after it: a post
 * ("the EU Ambassador"), members ("EU Member States"), a unit or an organ are other rules', and a
 * longer run is a list or a sentence going on. The match must be a short name, not the reference's
 * full label ("the European Union Police Mission" is the missions rule's).
 */
final class KnownNameMembers {
    private static final Pattern ONE_WORD = Pattern.compile(" (\\p{Lu}[\\p{Ll}]{1,20})(?![\\p{L}\\p{N}'\u2019-])(?! \\p{Lu})(?! \\()");
    /** Words after a known name that say what of it is meant, not a second organisation. */
    private static final Set<String> NOT_MEMBERS = Set.copyOf(WordList.of("post-titles"));
    private static final Set<String> PARTS = WordList.with("months", Set.of("Member", "Members", "States", "State", "Delegation", "Delegations", "Mission",
            "Missions", "Summit", "Assembly", "Council", "Commission", "Commissioner", "Presidency", "Secretariat", "Office",
            "Offices", "Headquarters", "Country", "Countries", "Government", "Governments", "Ministers", "Minister", "Parliament",
            "Force", "Forces", "Troops", "Police", "Staff", "Board", "Programme", "Program", "Project", "Fund", "Initiative",
            "Campaign", "Facility", "Partnership", "Declaration", "Convention", "Strategy", "Policy", "Plan", "Framework",
            "Report", "Guidelines", "Regulation", "Directive", "Conference", "Forum", "Meeting", "Day", "Week", "Year",
            "In", "On", "The", "This", "It", "Its", "A", "An", "Ambassador", "Ambassadors", "Chair", "Chairperson",
            "President", "Spokesperson", "Volunteers", "Youth"));

    private KnownNameMembers() {}

    /** Replaces in {@code reference} each known partner named by a short name and one word more by that organisation. */
    static void extend(String text, int to, List<Mention> reference, IriMinter iris) {
        ReferenceExtensions.extend(reference, EntityType.PARTNER, to, r -> member(text, to, r, reference, iris));
    }

    private static Optional<Mention> member(String text, int to, Mention r, List<Mention> reference, IriMinter iris) {
        String said = text.substring(r.start(), r.end()).replaceAll("\\s+", " ");
        if (said.equalsIgnoreCase(r.entity().label()))
            return Optional.empty();
        Matcher m = ONE_WORD.matcher(text).region(r.end(), Math.min(to, r.end() + 40));
        // "the SADC Protocol", "the SADC Region": a known name before a document's, a place's or a topic's word names no member.
        if (!m.lookingAt() || NOT_MEMBERS.contains(m.group(1)) || PARTS.contains(m.group(1))
                || AcronymNameRecogniser.NOT_ORGANISATIONS.contains(m.group(1)) || startsAnother(reference, m.start(1))
                || headAhead(text, m.end(1), to) || headWithComplement(text, m, to))
            return Optional.empty();
        String label = said + " " + m.group(1);
        Entity member = Entity.foundByPattern(EntityType.PARTNER, label, iris);
        return Optional.of(new Mention(member, r.start(), m.end(1), r.confidence()));
    }

    /** "and", "of" or "for", then capitalised words to a head noun: the word opens a longer name, no member's. */
    private static final Pattern JOINED_WORDS = Pattern.compile(" (?:and|&|of|for) ((?:\\p{Lu}[\\p{L}-]{1,30} ){0,3}\\p{Lu}[\\p{L}-]{1,30})");

    /**
     * Whether the words after the one word run on through a connector to a head noun: "the ECOWAS
     * Information and Awareness Campaign for …" names a campaign, not an "ECOWAS Information".
     */
    private static boolean headAhead(String text, int at, int to) {
        Matcher j = JOINED_WORDS.matcher(text).region(at, Math.min(to, at + 140));
        if (!j.lookingAt())
            return false;
        for (String w : j.group(1).split(" "))
            if (OrganisationPatternRecogniser.isHead(w))
                return true;
        return false;
    }

    /** A connector and a capitalised word: the complement a head noun takes. */
    private static final Pattern COMPLEMENT = Pattern.compile(" (?:of|for|on|against) (?:the )?\\p{Lu}");

    /**
     * Whether the one word is a head noun with its complement: "the IGAD Centre of Excellence for Preventing and Countering
     * Violent Extremism" is the centre's whole name, which the patterns read, not an "IGAD Centre".
     */
    private static boolean headWithComplement(String text, Matcher word, int to) {
        return OrganisationPatternRecogniser.isHead(word.group(1))
                && COMPLEMENT.matcher(text).region(word.end(1), Math.min(to, word.end(1) + 20)).lookingAt();
    }

    private static boolean startsAnother(List<Mention> reference, int at) {
        for (Mention r : reference)
            if (r.start() == at)
                return true;
        return false;
    }
}
