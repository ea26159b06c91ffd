package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins, across a document, a government named by its country's adjective ("the Norwegian
 * Government") to the same government named with its country ("the Government of Norway"): one
 * partner, named in full. The adjective is the country's where both begin with the same three
 * letters or more and the adjective has a demonym's ending ("Norwegian"/"Norway",
 * "Swedish"/"Sweden", "Japanese"/"Japan"); within one document two governments that close are one.
 * A text that names the government in English and in French, Spanish or Portuguese ("the Government
 * of Canada" … "le gouvernement du Canada") names one partner too, by the same test of its country's
 * name. One pass to index, one to join.
 */
final class AdjectiveGovernments {
    private static final Pattern BY_ADJECTIVE = Pattern.compile("(?:Royal\\s+)?(\\p{Lu}\\p{Ll}+(?:ian|ish|ese|an|i|ic|ch|sh))\\s+Government");
    private static final Pattern OF_COUNTRY = Pattern.compile("Government\\s+of\\s+(?:the\\s+)?(\\p{Lu}\\p{Ll}+)");
    /**
     * A government's noun in French, Spanish or Portuguese (either case: typography writes it lower, a label upper) and
     * the connector to its country's name: "gouvernement du ", "Gobierno de ", "governo do ".
     */
    static final String ROMANCE_GOVERNMENT_OF = "(?:[Gg]ouvernement|[Gg]obierno|[Gg]overno)\\s+"
            + "(?:de\\s+la\\s+|de\\s+l['\u2019]|du\\s+|des\\s+|d['\u2019]|de\\s+|del\\s+|do\\s+|da\\s+|dos\\s+)";
    private static final Pattern OF_COUNTRY_ROMANCE = Pattern.compile(ROMANCE_GOVERNMENT_OF + "(\\p{Lu}\\p{Ll}+).*");
    private static final int SHARED_PREFIX = 3;

    private AdjectiveGovernments() {}

    /** Each block's mentions, in the same order, a government named by its adjective given the government named with its country. */
    static List<List<Mention>> joined(List<List<Mention>> blocks) {
        Map<String, Entity> byPrefix = new HashMap<>();
        for (List<Mention> block : blocks) {
            for (Mention m : block) {
                Matcher c = m.entity().type() == EntityType.PARTNER ? OF_COUNTRY.matcher(m.entity().label()) : null;
                if (c != null && c.matches())
                    byPrefix.putIfAbsent(prefix(c.group(1)), m.entity());
            }
        }
        if (byPrefix.isEmpty())
            return blocks;
        List<List<Mention>> out = new ArrayList<>(blocks.size());
        for (List<Mention> block : blocks) {
            List<Mention> joined = new ArrayList<>(block.size());
            for (Mention m : block) {
                Entity full = m.entity().type() == EntityType.PARTNER ? byCountry(byPrefix, m.entity().label()) : null;
                joined.add(full == null ? m : new Mention(full, m.start(), m.end(), m.confidence()));
            }
            out.add(joined);
        }
        return out;
    }

    /** The government named in English whose country a government named by adjective or in a Romance language names. */
    private static Entity byCountry(Map<String, Entity> byPrefix, String label) {
        for (Pattern p : new Pattern[] {BY_ADJECTIVE, OF_COUNTRY_ROMANCE}) {
            Matcher a = p.matcher(label);
            if (a.matches())
                return byPrefix.get(prefix(a.group(1)));
        }
        return null;
    }

    private static String prefix(String word) {
        return word.substring(0, Math.min(SHARED_PREFIX, word.length())).toLowerCase(Locale.ROOT);
    }
}
