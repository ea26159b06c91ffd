package org.evaw.mapping.recognise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * A country's name right before a known programme's name, ending with a programme's head, names
 * that country's programme: "the Jamaica Spotlight Programme", "the Vanuatu Spotlight Initiative"
 * are programmes of their own (their own steering committees, budgets and reports), as "the
 * Afghanistan Protection Cluster" is the cluster as activated there; and the gold
 * takes the fullest name a document gives, as it does for "Save the Children UK"
 * ({@link CountryMemberNames}). The country stays a mention of its own.
 */
final class CountryProgrammes {
    /** The last word of the known name: a programme's head. */
    private static final Pattern HEAD_AT_END = Pattern.compile(".*\\b(?:Programme|Program|Initiative|Project|Campaign|Fund|Cluster|Sub-Cluster)$");

    private CountryProgrammes() {}

    /** Replaces, in {@code reference}, each known programme a country's name opens by the country's programme. */
    static void extend(String text, List<Mention> reference, IriMinter iris) {
        Map<Integer, Mention> countriesByEnd = new HashMap<>();
        for (Mention m : reference)
            if (m.entity().type() == EntityType.COUNTRY)
                countriesByEnd.putIfAbsent(m.end(), m);
        if (countriesByEnd.isEmpty())
            return;
        reference.replaceAll(r -> {
            if (r.entity().type() != EntityType.PROGRAMME || !r.entity().inReference() || r.start() < 1 || text.charAt(r.start() - 1) != ' ')
                return r;
            Mention country = countriesByEnd.get(r.start() - 1);
            String name = text.substring(r.start(), r.end());
            if (country == null || !HEAD_AT_END.matcher(name).matches())
                return r;
            String label = text.substring(country.start(), r.end()).replaceAll("\\s+", " ");
            return new Mention(Entity.foundByPattern(EntityType.PROGRAMME, label, iris), country.start(), r.end(), r.confidence());
        });
    }
}
