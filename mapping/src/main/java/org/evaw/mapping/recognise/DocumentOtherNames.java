package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins, across a document's blocks, the later mentions of a partner or programme by another name
 * the document gave it ({@link OtherNames}: "the Global Safe Harbours Programme (“Harbours
 * Programme”)", then "donors heard about the Harbours Programme"): a name found by pattern that is
 * an other name of an entity named before is that entity. Reference data's names are left alone.
 * One pass to index, one to join, a map look-up each.
 */
final class DocumentOtherNames {
    private DocumentOtherNames() {}

    /** Each block's mentions, in the same order, each later mention by an other name given its entity. */
    static List<List<Mention>> joined(String text, List<List<Mention>> blocks) {
        Map<String, Entity> byOtherName = new HashMap<>();
        for (List<Mention> block : blocks)
            for (Mention m : block)
                if (isNamedByPattern(m.entity())) {
                    String said = text.substring(m.start(), m.end()).replaceAll("\\s+", " ");
                    if (!said.equals(m.entity().label()) && said.indexOf(' ') > 0)
                        byOtherName.putIfAbsent(m.entity().type() + " " + said, m.entity());
                }
        if (byOtherName.isEmpty())
            return blocks;
        List<List<Mention>> out = new ArrayList<>(blocks.size());
        for (List<Mention> block : blocks) {
            List<Mention> joined = new ArrayList<>(block.size());
            for (Mention m : block) {
                Entity e = m.entity();
                Entity named = isNamedByPattern(e) ? byOtherName.get(e.type() + " " + e.label()) : null;
                joined.add(named == null || named.equals(e) ? m : new Mention(named, m.start(), m.end(), m.confidence()));
            }
            out.add(joined);
        }
        return out;
    }

    private static boolean isNamedByPattern(Entity e) {
        return (e.type() == EntityType.PARTNER || e.type() == EntityType.PROGRAMME) && !e.inReference();
    }
}
