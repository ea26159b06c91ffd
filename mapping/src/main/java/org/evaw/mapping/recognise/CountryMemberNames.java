package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * A known partner named with a country right after it is the family's member organisation in that
 * country: "Save the Children UK", "CARE Peru", "Plan International Kenya" are organisations of
 * their own, registered there, and the gold takes the fullest name a document gives. The country
 * stays a mention of its own (a country named in a partner's name is named). Only where the name
 * ends with the country: "the EU Kenya delegation" or "CARE Peru Office" say what of it is meant.
 */
final class CountryMemberNames {
    /** What may follow the country for the name to end there: punctuation, a bracket, a function word, the end. */
    private static final Pattern NAME_ENDS = Pattern.compile(
            "(?:\\s*$|\\s*[,.;:)]|\\s+\\(|\\s+(?:and|or|in|to|with|for|on|at|as|was|were|has|had|have|is|are|which|who|that|also)\\b)");

    private CountryMemberNames() {}

    /** {@code reference} with each known partner followed by a country replaced by the member organisation. */
    static List<Mention> extended(String text, int to, List<Mention> reference, IriMinter iris) {
        List<Mention> out = null;
        Map<Integer, Mention> countries = null;
        for (int i = 0; i < reference.size(); i++) {
            Mention r = reference.get(i);
            if (r.entity().type() != EntityType.PARTNER || !r.entity().inReference() || r.end() >= to || text.charAt(r.end()) != ' ')
                continue;
            if (countries == null)
                countries = countriesByStart(reference);
            Mention country = countries.get(r.end() + 1);
            if (country == null || !NAME_ENDS.matcher(text).region(country.end(), to).lookingAt())
                continue;
            String label = text.substring(r.start(), country.end()).replaceAll("\\s+", " ");
            Entity member = new Entity(EntityType.PARTNER, iris.entity("partner", label), label, null, null, false);
            if (out == null)
                out = new ArrayList<>(reference);
            out.set(i, new Mention(member, r.start(), country.end(), r.confidence()));
        }
        return out == null ? reference : out;
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
