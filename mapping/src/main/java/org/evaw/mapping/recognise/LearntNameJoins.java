package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Gives a learnt name the entity a rule found for it elsewhere in the same document: "HC3N" three
 * paragraphs after "the High Commission for the 3N Initiative (HC3N)", "Nigeriens Nourishing
 * Nigeriens" after "the Nigeriens Nourishing Nigeriens Initiative". A rule's partner or programme is
 * known by its label, its code (the acronym it was defined with), the words of each of its mentions
 * and an acronym in brackets right after one; a learnt name that is one of those, or the start of a
 * label, is that entity, not another. Learnt names are joined among themselves the same way ("PISG"
 * after "the Provisional Institutions of Self-Government (PISG)", both learnt), after the rules'.
 * One pass to index, one to join: linear in the mentions, with a logarithmic look-up each.
 */
final class LearntNameJoins {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The acronym a text defines in brackets right after a name: "… Self-Government (PISG)". */
    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\s{0,2}\\(\\s{0,2}(\\p{Lu}[\\p{L}\\d-]{1,15})\\s{0,2}\\)");

    private LearntNameJoins() {}

    /** Each block's mentions, in the same order, learnt names given the entity a rule found for them. */
    static List<List<Mention>> joined(String text, List<List<Mention>> blocks) {
        if (blocks.stream().noneMatch(b -> b.stream().anyMatch(Recognisers::isLearnt)))
            return blocks;
        Map<String, Entity> byName = new HashMap<>();
        TreeMap<String, Entity> byLabel = new TreeMap<>();
        // The rules' names first: where a learnt name and a rule's are the same, the rule's entity is kept.
        for (boolean learnt : new boolean[] {false, true}) {
            for (List<Mention> block : blocks) {
                for (Mention m : block) {
                    Entity e = m.entity();
                    if (Recognisers.isLearnt(m) != learnt || (e.type() != EntityType.PARTNER && e.type() != EntityType.PROGRAMME))
                        continue;
                    byName.putIfAbsent(fold(e.label()), e);
                    byLabel.putIfAbsent(fold(e.label()), e);
                    if (e.code() != null)
                        byName.putIfAbsent(fold(e.code()), e);
                    byName.putIfAbsent(fold(text.substring(m.start(), m.end())), e);
                    Matcher acronym = ACRONYM_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 24));
                    if (acronym.lookingAt())
                        byName.putIfAbsent(fold(acronym.group(1)), e);
                }
            }
        }
        List<List<Mention>> out = new ArrayList<>(blocks.size());
        for (List<Mention> block : blocks) {
            List<Mention> joined = new ArrayList<>(block.size());
            for (Mention m : block) {
                boolean learntName = Recognisers.isLearnt(m)
                        && (m.entity().type() == EntityType.PARTNER || m.entity().type() == EntityType.PROGRAMME);
                Entity known = learntName ? known(fold(m.entity().label()), m.entity(), byName, byLabel) : null;
                joined.add(known == null ? m : new Mention(known, m.start(), m.end(), m.confidence()));
            }
            out.add(joined);
        }
        return out;
    }

    private static Entity known(String name, Entity self, Map<String, Entity> byName, TreeMap<String, Entity> byLabel) {
        Entity e = byName.get(name);
        if ((e != null && !e.equals(self)) || name.indexOf(' ') < 0)
            return e;
        // The start of a longer label, in words: "nigeriens nourishing nigeriens" of "… initiative".
        var longer = byLabel.ceilingEntry(name + " ");
        return longer != null && longer.getKey().startsWith(name + " ") ? longer.getValue() : null;
    }

    private static String fold(String name) {
        String s = SPACES.matcher(name.replace('\u2019', '\'')).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
