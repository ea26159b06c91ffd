package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An acronym a document defines is that document's: where a partner found by pattern is followed
 * by an acronym in brackets that its words' initials spell ("the Legal Aid Society (LAS)"), that
 * acronym names the partner at every mention in the document, though the reference data knows it
 * as another organisation's (the League of Arab States'). An acronym the name does not spell ("the
 * Federation of Women Lawyers (FIDA Kenya)") is the reference's, as {@code Recognisers} reads it.
 * One pass to find the definitions, one to join, a map look-up each.
 */
final class DocumentAcronyms {
    private static final Pattern BRACKET = Pattern.compile("\\s{0,2}\\(\\s{0,2}(\\p{Lu}[\\p{Lu}&-]{1,9})\\s{0,2}\\)");
    private static final Pattern BRACKET_AT_END = Pattern.compile("\\(\\s{0,2}(\\p{Lu}[\\p{Lu}&-]{1,9})\\s{0,2}\\)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019-][\\p{L}\\p{N}]+)*");

    private DocumentAcronyms() {}

    /** Each block's mentions, in the same order, a defined acronym's known homonyms given the defined partner. */
    static List<List<Mention>> joined(String text, List<List<Mention>> blocks) {
        Map<String, Entity> defined = new HashMap<>();
        for (List<Mention> block : blocks) {
            for (Mention m : block) {
                Entity e = m.entity();
                if (e.type() != EntityType.PARTNER || e.inReference() || m.end() >= text.length())
                    continue;
                Matcher b = BRACKET.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 16));
                if (b.lookingAt() && b.group(1).equals(initials(e.label())))
                    defined.putIfAbsent(b.group(1), e);
                // "the Legal Aid Society (LAS)" read as one mention, its acronym inside it.
                Matcher inside = BRACKET_AT_END.matcher(text).region(m.start(), m.end());
                if (inside.find() && inside.group(1).equals(initials(e.label())))
                    defined.putIfAbsent(inside.group(1), e);
            }
        }
        if (defined.isEmpty())
            return blocks;
        List<List<Mention>> out = new ArrayList<>(blocks.size());
        for (List<Mention> block : blocks) {
            List<Mention> joined = new ArrayList<>(block.size());
            for (Mention m : block) {
                Entity own = m.entity().inReference() ? defined.get(text.substring(m.start(), m.end())) : null;
                joined.add(own == null ? m : new Mention(own, m.start(), m.end(), m.confidence()));
            }
            out.add(joined);
        }
        return out;
    }

    /** The initials of a name's capitalised words: "Legal Aid Society" gives "LAS". */
    private static String initials(String label) {
        StringBuilder s = new StringBuilder();
        Matcher w = WORD.matcher(label);
        while (w.find()) {
            if (Character.isUpperCase(w.group().codePointAt(0)))
                s.appendCodePoint(w.group().codePointAt(0));
        }
        return s.toString().toUpperCase(Locale.ROOT);
    }
}
