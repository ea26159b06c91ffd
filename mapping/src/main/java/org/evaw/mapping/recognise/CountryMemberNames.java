package org.evaw.mapping.recognise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * A known partner named with a country right after it is the family's member organisation in that
 * country: "Save the Children UK", "CARE Peru", "Plan International Kenya" are organisations of
 * their own, registered there, and the gold takes the fullest name a document gives ("Caritas de Angola" in
 * Spanish and Portuguese). The country stays a mention of its own (a country named in a partner's name is named).
 * Only where the name ends with the country: "the EU Kenya delegation" or "CARE Peru Office" say what of it is meant.
 */
final class CountryMemberNames {
    /** What may follow the country for the name to end there: punctuation, a bracket, a function word, the end. */
    private static final Pattern NAME_ENDS = Pattern.compile(
            "(?:\\s*$|\\s*[,.;:)]|\\s+\\(|\\s+(?:and|or|in|to|with|for|on|at|as|was|were|has|had|have|is|are|which|who|that|also)\\b"
                    // A verb after the country ("Caritas Djibouti runs a shelter", "CARE Peru trained …"): the name has ended.
                    + "|\\s+\\p{Ll}{2,}(?:ed|s)\\s+(?!of\\b)\\p{Ll})");

    /** The Spanish and Portuguese "of" between a family's name and its member's country. */
    private static final Pattern ROMANCE_OF = Pattern.compile(" (?:de|del|do|da) ");

    private CountryMemberNames() {}

    /** Replaces, in {@code reference}, each known partner followed by a country by the member organisation. */
    static void extend(String text, int to, List<Mention> reference, IriMinter iris) {
        Map<Integer, Mention> countries = countriesByStart(reference);
        ReferenceExtensions.extend(reference, EntityType.PARTNER, to, r -> member(text, to, r, countries, iris));
    }

    private static Optional<Mention> member(String text, int to, Mention r, Map<Integer, Mention> countries, IriMinter iris) {
        if (!r.entity().inReference() || text.charAt(r.end()) != ' ')
            return Optional.empty();
        // "Caritas de Angola": in Spanish and Portuguese the member's country follows "de".
        Matcher romance = ROMANCE_OF.matcher(text).region(r.end(), to);
        Mention country = countries.get(romance.lookingAt() ? romance.end() : r.end() + 1);
        if (country == null || !NAME_ENDS.matcher(text).region(country.end(), to).lookingAt())
            return Optional.empty();
        String label = text.substring(r.start(), country.end()).replaceAll("\\s+", " ");
        Entity member = Entity.foundByPattern(EntityType.PARTNER, label, iris);
        return Optional.of(new Mention(member, r.start(), country.end(), r.confidence()));
    }

    /** The countries among the mentions, by start: one pass, then a look-up per partner. */
    private static Map<Integer, Mention> countriesByStart(List<Mention> reference) {
        Map<Integer, Mention> byStart = new HashMap<>();
        for (Mention m : reference)
            if (m.entity().type() == EntityType.COUNTRY)
                byStart.putIfAbsent(m.start(), m);
        return byStart;
    }
}
