package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Retypes as programmes the partners whose names are a programme's name with a head after it: the
 * parts that a programme runs under its own name, such as "the Space4Women Network" of a document
 * that names the Space4Women project, or "the Safe Cities Platform" beside the Safe Cities
 * programme. The head-noun patterns read "Network" or "Platform" as an organisation's head; the
 * programme's name before it says whose the network is. Only names found by pattern are retyped,
 * never a reference entity's. One pass to index the programmes, one to retype, with a logarithmic
 * look-up each.
 */
final class ProgrammeComponents {
    /** The shortest programme name read as the start of another: a word of four letters or more. */
    private static final int MIN_NAME = 4;

    private ProgrammeComponents() {}

    /** Each block's mentions, in the same order, with a programme's component partners made programmes. */
    static List<List<Mention>> retyped(List<List<Mention>> blocks) {
        TreeSet<String> programmes = new TreeSet<>();
        for (List<Mention> block : blocks)
            for (Mention m : block)
                if (m.entity().type() == EntityType.PROGRAMME && m.entity().label().length() >= MIN_NAME)
                    programmes.add(fold(m.entity().label()));
        if (programmes.isEmpty())
            return blocks;
        List<List<Mention>> out = new ArrayList<>(blocks.size());
        for (List<Mention> block : blocks) {
            List<Mention> retyped = new ArrayList<>(block.size());
            for (Mention m : block)
                retyped.add(isComponent(m, programmes) ? asProgramme(m) : m);
            out.add(retyped);
        }
        return out;
    }

    private static boolean isComponent(Mention m, TreeSet<String> programmes) {
        Entity e = m.entity();
        if (e.type() != EntityType.PARTNER || e.inReference() || m.confidence() != OrganisationPatternRecogniser.CONFIDENCE)
            return false;
        String label = fold(e.label());
        // The longest programme name at or before the label in order that the label starts with, word for word.
        String candidate = programmes.floor(label);
        while (candidate != null) {
            if (label.startsWith(candidate + " "))
                return true;
            if (candidate.isEmpty() || candidate.charAt(0) != label.charAt(0))
                return false;
            candidate = programmes.lower(candidate);
        }
        return false;
    }

    private static Mention asProgramme(Mention m) {
        Entity e = m.entity();
        Entity programme = new Entity(EntityType.PROGRAMME, e.iri().replace("/partner/", "/programme/"), e.label(), e.code(), e.broader(), false);
        return new Mention(programme, m.start(), m.end(), m.confidence());
    }

    private static String fold(String name) {
        String s = name.replace('\u2019', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
