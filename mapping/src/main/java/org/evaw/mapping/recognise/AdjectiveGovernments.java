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
 * One pass to index, one to join.
 */
final class AdjectiveGovernments {
    private static final Pattern BY_ADJECTIVE = Pattern.compile("(?:Royal\\s+)?(\\p{Lu}\\p{Ll}+(?:ian|ish|ese|an|i|ic|ch|sh))\\s+Government");
    private static final Pattern OF_COUNTRY = Pattern.compile("Government\\s+of\\s+(?:the\\s+)?(\\p{Lu}\\p{Ll}+)");
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
                Matcher a = m.entity().type() == EntityType.PARTNER ? BY_ADJECTIVE.matcher(m.entity().label()) : null;
                Entity full = a != null && a.matches() ? byPrefix.get(prefix(a.group(1))) : null;
                joined.add(full == null ? m : new Mention(full, m.start(), m.end(), m.confidence()));
            }
            out.add(joined);
        }
        return out;
    }

    private static String prefix(String word) {
        return word.substring(0, Math.min(SHARED_PREFIX, word.length())).toLowerCase(Locale.ROOT);
    }
}
