package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins, across a document's blocks, the later mentions of a partner or programme by its name
 * without the complement to the name given in full: "the Women's Platform" in an entry after "the
 * Women's Platform of the Peace, Security and Cooperation Framework" in the background, as
 * {@code Recognisers} joins them within a block. An organ of such a programme ("the Advisory Board
 * of the Women's Platform") is the programme at work, no partner. The short form keeps two words or
 * more: "the Platform" names no one. A body named without its state may be one word ("the Judiciary" after
 * "the Judiciary of Liberia"): only a rule that reads such a word as a body's name makes it a partner to join.
 * One pass to index, one to join, a map look-up each.
 */
final class DocumentShortForms {
    /** The governing organ of a programme named after it: "the Advisory Board of the …", "the Steering Committee of …". */
    private static final Pattern ORGAN_OF = Pattern.compile(
            "(?:(?:Advisory|Steering|Executive|Governing|Management|Coordination|Technical)\\s+)?(?:Board|Committee|Council|Secretariat)\\s+of\\s+(?:the\\s+)?(.+)");

    /**
     * A body's name and, last, the state it belongs to: "Ministry of Internal Affairs of the Republic of Azerbaijan",
     * "Ministry of Justice of Belarus", "Ministerio de Salud de Panamá", "Secretaría de Seguridad de Honduras". The name
     * without the state is the same body in a text about that state.
     */
    private static final Pattern STATE_COMPLEMENT = Pattern.compile(
            "(.+?)\\s+(?:of|de|del|du|da|do)\\s+(?:(?:the|la|el|le|l'|a|o)\\s*)?"
                    + "(?:(?:Republic|Kingdom|Federation|State|Government|Rep\u00fablica|R\u00e9publique|Reino|Royaume|Estado|\u00c9tat)"
                    + "\\s+(?:of|de|del|du|da|do)\\s+(?:(?:the|la|el|le|l'|a|o)\\s*)?)?"
                    + "\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2}");

    /** A people's adjective before a name that opens with its head noun: "Egyptian |Ministry of Interior", "Libyan |Ministry of Justice". */
    private static final Pattern STATE_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ian|ean|an|ese|ish|i|ic)\\s+((\\p{Lu}[\\p{L}-]+)\\s.+)");

    private DocumentShortForms() {}

    /** Each block's mentions, in the same order, short forms and programmes' organs given the entity named in full. */
    static List<List<Mention>> joined(List<List<Mention>> blocks) {
        Map<String, Entity> byShortForm = new HashMap<>();
        Map<String, Entity> programmes = new HashMap<>();
        Map<String, Entity> byStateless = new HashMap<>();
        Set<String> sharedByStates = new HashSet<>();
        for (List<Mention> block : blocks) {
            for (Mention m : block) {
                Entity e = m.entity();
                if (e.type() != EntityType.PARTNER && e.type() != EntityType.PROGRAMME)
                    continue;
                if (e.type() == EntityType.PROGRAMME)
                    programmes.putIfAbsent(e.label(), e);
                int complement = complementStart(e.label());
                if (complement > 0 && e.label().lastIndexOf(' ', complement - 1) > 0) {
                    String shortForm = e.label().substring(0, complement);
                    byShortForm.putIfAbsent(e.type() + " " + shortForm, e);
                    if (e.type() == EntityType.PROGRAMME)
                        programmes.putIfAbsent(shortForm, e);
                }
                // "the Ministry of Internal Affairs" after "the Ministry of Internal Affairs of the Republic of Azerbaijan".
                Matcher seat = STATE_COMPLEMENT.matcher(e.label());
                // "the Ministry of Interior" after "the Egyptian Ministry of Interior": the state named by its people's adjective.
                Matcher adjective = STATE_ADJECTIVE.matcher(e.label());
                if (e.type() == EntityType.PARTNER && adjective.matches() && OrganisationPatternRecogniser.isPartnerHead(adjective.group(2))
                        && !byStateless.computeIfAbsent(adjective.group(1), name -> e).equals(e))
                    sharedByStates.add(adjective.group(1));
                // Two states' bodies of one name ("… of Kazakhstan", "… of Kyrgyzstan"): the bare name is either, and joins neither.
                if (e.type() == EntityType.PARTNER && seat.matches()
                        && !byStateless.computeIfAbsent(seat.group(1), name -> e).equals(e))
                    sharedByStates.add(seat.group(1));
            }
        }
        byStateless.forEach((name, e) -> {
            if (!sharedByStates.contains(name))
                byShortForm.putIfAbsent(EntityType.PARTNER + " " + name, e);
        });
        if (byShortForm.isEmpty() && programmes.isEmpty())
            return blocks;
        List<List<Mention>> out = new ArrayList<>(blocks.size());
        for (List<Mention> block : blocks) {
            List<Mention> joined = new ArrayList<>(block.size());
            for (Mention m : block)
                joined.add(joinedMention(m, byShortForm, programmes));
            out.add(joined);
        }
        return out;
    }

    private static Mention joinedMention(Mention m, Map<String, Entity> byShortForm, Map<String, Entity> programmes) {
        Entity e = m.entity();
        if (e.inReference() || (e.type() != EntityType.PARTNER && e.type() != EntityType.PROGRAMME))
            return m;
        Entity full = byShortForm.get(e.type() + " " + e.label());
        if (full != null && !full.equals(e))
            return new Mention(full, m.start(), m.end(), m.confidence());
        if (e.type() == EntityType.PARTNER) {
            Matcher organ = ORGAN_OF.matcher(e.label());
            Entity programme = organ.matches() ? programmes.get(organ.group(1)) : null;
            if (programme != null)
                return new Mention(programme, m.start(), m.end(), m.confidence());
        }
        return m;
    }

    /** Where a name's complement starts: its first " of " or " for ", or -1. */
    private static int complementStart(String label) {
        int of = label.indexOf(" of ");
        int forIndex = label.indexOf(" for ");
        if (of < 0)
            return forIndex;
        return forIndex < 0 ? of : Math.min(of, forIndex);
    }
}
