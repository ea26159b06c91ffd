package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins, across a document, a name written with its modifiers before the head ("the Health
 * Ministry", "the Swiss Development Agency") to the same organisation named with them after the head
 * ("the Ministry of Health", "the Swiss Agency for Development and Cooperation"): English gives an
 * organisation either order, and the document means one. The short form's head must be a name's
 * head noun; some of its modifiers may stay before the head in the full name, the others must open
 * the complement after "of" or "for". One pass to collect the partners, one to join.
 */
final class ReorderedNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ReorderedNames() {}

    /** Each block's mentions, in the same order, a head-last name given the partner named head first. */
    static List<List<Mention>> joined(List<List<Mention>> blocks) {
        List<Entity> partners = new ArrayList<>();
        for (List<Mention> block : blocks)
            for (Mention m : block)
                if (m.entity().type() == EntityType.PARTNER && !partners.contains(m.entity()))
                    partners.add(m.entity());
        if (partners.size() < 2)
            return blocks;
        List<List<Mention>> out = new ArrayList<>(blocks.size());
        for (List<Mention> block : blocks) {
            List<Mention> joined = new ArrayList<>(block.size());
            for (Mention m : block) {
                Entity full = m.entity().type() == EntityType.PARTNER && !m.entity().inReference() ? headFirst(m.entity(), partners) : null;
                joined.add(full == null ? m : new Mention(full, m.start(), m.end(), m.confidence()));
            }
            out.add(joined);
        }
        return out;
    }

    /** The partner whose name is {@code e}'s with the head moved before some of its modifiers, or null. */
    private static Entity headFirst(Entity e, List<Entity> partners) {
        String[] words = SPACES.split(e.label());
        int n = words.length;
        if (n < 2 || n > 5 || !OrganisationPatternRecogniser.isHead(words[n - 1]))
            return null;
        String head = words[n - 1];
        for (int kept = 0; kept < n - 1; kept++) {
            String before = String.join(" ", java.util.Arrays.copyOfRange(words, 0, kept));
            String after = String.join(" ", java.util.Arrays.copyOfRange(words, kept, n - 1));
            String opening = (before.isEmpty() ? "" : before + " ") + head;
            for (Entity p : partners) {
                if (p.equals(e))
                    continue;
                String l = p.label();
                for (String connector : new String[] {" of ", " for ", " of the ", " for the "}) {
                    String prefix = opening + connector + after;
                    if (l.startsWith(prefix) && (l.length() == prefix.length() || !Character.isLetter(l.charAt(prefix.length()))))
                        return p;
                }
            }
        }
        return null;
    }
}
