package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * A person named with the organisation they come from ("Ann Riley of Church World Service", "Tom
 * Barr of the Refugee Law Project") is no part of the organisation's name: the head-noun pattern
 * reads the capitalised words before "of" as the name's first words. Two capitalised words, neither
 * a name's head noun nor a word of an organisation's ("Supreme Court of …", "National Council of …"),
 * before "of" and an organisation whose head ends the name: the organisation alone is the partner.
 */
final class PersonAffiliations {
    private static final Pattern PERSON_OF = Pattern.compile(
            "(\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\p{Ll}+)\\s+of\\s+(?:the\\s+)?(\\p{Lu}.*\\s(\\p{Lu}[\\p{L}]+))");
    /** Words that open organisations' names before "of" without being heads: "National Council of …" has one. */
    private static final Pattern ORGANISATION_WORD = Pattern.compile(
            "\\b(?:National|Supreme|High|Higher|Federal|General|Royal|Central|Regional|International|United|Permanent|Special|"
                    + "Attorney|Friends|Women|Sisters|Brothers|Daughters|Sons|Mothers|Fathers|Knights|Servants|Missionaries|Doctors|Lawyers)\\b");

    /** A name's last words after "and": two or three capitalised words, as a person's name is ("… and Natalia Nikitenko"). */
    private static final Pattern AND_PERSON = Pattern.compile("\\s+and\\s+(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){1,2})$");
    /** Two capitalised words and "of" right before the organisation: "Edil Baisalov of the …". */
    private static final Pattern PERSON_BEFORE = Pattern.compile("(\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\p{Ll}+)\\s+of\\s+(?:the\\s+)?$");
    /** What follows a second person's name: their own organisation or their post ("…, Deputy Chair …"). */
    private static final Pattern AFTER_PERSON = Pattern.compile("\\s+of\\s|,\\s+(?:the\\s+)?\\p{Lu}");

    private PersonAffiliations() {}

    /**
     * {@code found} with each partner that a person's affiliation opened, and whose name ran on over "and" into a
     * second person's name, cut before "and": "Edil Baisalov of the Cabinet of Ministers and Natalia Nikitenko, Deputy
     * Chair of the Committee" names the Cabinet of Ministers; "Thomas Mayr of the Federal Ministry … of Austria and Katlihn
     * Declarcq of ECPAT International" the ministry.
     */
    static List<Mention> withoutSecondPerson(String text, int from, List<Mention> found, IriMinter iris) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            // Matched in the text itself, whose spaces the label has folded, so that the cut falls where the text has "and".
            Matcher and = m.entity().type() == EntityType.PARTNER ? AND_PERSON.matcher(text).region(m.start(), m.end()) : null;
            Matcher before = PERSON_BEFORE.matcher(text.substring(Math.min(m.start(), Math.max(from, m.start() - 40)), m.start()));
            // "Filaret Berikyan, Deputy Minister of the Ministry of Labour and Social Issues": a post before "of" is no person.
            if (and == null || !and.find() || !aPersonsName(and.group(1)) || !before.find() || !aPersonsName(before.group(1))
                    || !AFTER_PERSON.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 4)).lookingAt()) {
                out.add(m);
                continue;
            }
            String label = text.substring(m.start(), and.start()).replaceAll("\\s+", " ");
            out.add(new Mention(Entity.foundByPattern(EntityType.PARTNER, label, iris), m.start(), and.start(), m.confidence()));
        }
        return out;
    }

    /** Whether the words could be a person's name: none a head, an organisation's word or a post. */
    private static boolean aPersonsName(String words) {
        for (String w : words.split("\\s"))
            if (OrganisationPatternRecogniser.isHead(w) || ORGANISATION_WORD.matcher(w).find() || PersonPosts.is(w))
                return false;
        return true;
    }

    /** {@code found} with each partner named after a person's name and "of" cut to the organisation. */
    static List<Mention> trimmed(String text, List<Mention> found, IriMinter iris) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Matcher p = m.entity().type() == EntityType.PARTNER ? PERSON_OF.matcher(m.entity().label()) : null;
            if (p == null || !p.matches() || !OrganisationPatternRecogniser.isHead(p.group(3)) || ORGANISATION_WORD.matcher(p.group(1)).find()
                    || p.group(1).chars().filter(Character::isWhitespace).count() != 1
                    || OrganisationPatternRecogniser.isHead(p.group(1).split("\\s")[0]) || OrganisationPatternRecogniser.isHead(p.group(1).split("\\s")[1])) {
                out.add(m);
                continue;
            }
            String label = p.group(2);
            int start = m.end() - label.length();
            if (start < m.start() || !text.startsWith(label, start)) {
                out.add(m);
                continue;
            }
            out.add(new Mention(Entity.foundByPattern(EntityType.PARTNER, label, iris),
                    start, m.end(), m.confidence()));
        }
        return out;
    }
}
