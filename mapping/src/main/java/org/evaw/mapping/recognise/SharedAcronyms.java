package org.evaw.mapping.recognise;

import java.util.List;
import java.util.Map;

/**
 * An acronym two organisations of the reference data bear ("PSI": Public Services International and
 * Population Services International) names the one whose full name the document gives; where it
 * gives neither's, or both, the first listed keeps it, as before. A look-up of the few names of each
 * homonym in the document's text, for the rare acronym that has one.
 */
final class SharedAcronyms {
    private SharedAcronyms() {}

    /** The entity the acronym mention {@code m} names in {@code text}: its own, or a homonym the text names in full. */
    static Mention resolved(String text, Mention m, Gazetteer gazetteer, Map<String, List<String>> names) {
        String said = text.substring(m.start(), m.end());
        List<Entity> others = gazetteer.homonyms(m.entity(), said);
        if (others.isEmpty() || namedInFull(text, m.entity(), said, names))
            return m;
        for (Entity other : others) {
            if (namedInFull(text, other, said, names))
                return new Mention(other, m.start(), m.end(), m.confidence());
        }
        return m;
    }

    /** Whether the text gives one of the entity's names other than the acronym. */
    private static boolean namedInFull(String text, Entity e, String acronym, Map<String, List<String>> names) {
        for (String name : names.getOrDefault(e.iri(), List.of())) {
            if (!name.equals(acronym) && name.length() > acronym.length() && text.contains(name))
                return true;
        }
        return false;
    }
}
