package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Joins, across a document, a name written with its modifiers before the head ("the Health
 * Ministry", "the Swiss Development Agency") to the same organisation named with them after the head
 * ("the Ministry of Health", "the Swiss Agency for Development and Cooperation"): English gives an
 * organisation either order, and the document means one. The short form's head must be a name's
 * head noun; some of its modifiers may stay before the head in the full name, the others must open
 * the complement after "of" or "for". One pass to index the partners' names by their first words, one to join, a few look-ups a name.
 */
final class ReorderedNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ReorderedNames() {}

    /** Longest run of a full name's first words indexed: the head, two modifiers, "of the" and five words. */
    private static final int PREFIX_WORDS = 10;

    /** Each block's mentions, in the same order, a head-last name given the partner named head first. */
    static List<List<Mention>> joined(List<List<Mention>> blocks) {
        // Every partner's name by its first words: a short form's head-first spellings are looked up, not searched for.
        Map<String, Entity> byPrefix = new HashMap<>();
        for (List<Mention> block : blocks) {
            for (Mention m : block) {
                if (m.entity().type() != EntityType.PARTNER)
                    continue;
                String[] words = SPACES.split(m.entity().label());
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < words.length && i < PREFIX_WORDS; i++) {
                    prefix.append(i == 0 ? "" : " ").append(words[i]);
                    byPrefix.putIfAbsent(prefix.toString(), m.entity());
                }
            }
        }
        if (byPrefix.size() < 2)
            return blocks;
        List<List<Mention>> out = new ArrayList<>(blocks.size());
        boolean changed = false;
        for (List<Mention> block : blocks) {
            List<Mention> joined = new ArrayList<>(block.size());
            for (Mention m : block) {
                Entity full = m.entity().type() == EntityType.PARTNER && !m.entity().inReference() ? headFirst(m.entity(), byPrefix) : null;
                joined.add(full == null ? m : new Mention(full, m.start(), m.end(), m.confidence()));
                changed |= full != null;
            }
            out.add(joined);
        }
        // Nothing joined: the blocks as they came, so that a document without such names is left untouched.
        return changed ? out : blocks;
    }

    /** The partner whose name is {@code e}'s with the head moved before some of its modifiers, or null. */
    private static Entity headFirst(Entity e, Map<String, Entity> byPrefix) {
        String[] words = SPACES.split(e.label());
        int n = words.length;
        if (n < 2 || n > 5 || !OrganisationPatternRecogniser.isHead(words[n - 1]))
            return null;
        String head = words[n - 1];
        for (int kept = 0; kept < n - 1; kept++) {
            String before = String.join(" ", Arrays.copyOfRange(words, 0, kept));
            String after = String.join(" ", Arrays.copyOfRange(words, kept, n - 1));
            String opening = (before.isEmpty() ? "" : before + " ") + head;
            for (String connector : CONNECTORS) {
                Entity p = byPrefix.get(opening + connector + after);
                if (p != null && !p.equals(e))
                    return p;
            }
        }
        return null;
    }

    private static final String[] CONNECTORS = {" of ", " for ", " of the ", " for the "};
}
