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

    private PersonAffiliations() {}

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
