package org.evaw.mapping.recognise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * A programme's branch named by the programme's name and a head of its own is a programme of its
 * own: "the Generation Equality Action Coalition on Economic Justice and Rights", "the Safe Cities
 * Regional Programme for the Pacific". The reference data knows the programme ("Generation
 * Equality"); the longest match stopped there, and the pattern recognisers leave a name that holds a
 * known one to it. The branch's complement runs on through capitalised words and small words, but
 * not into "and the …", which opens another name. The branch's {@link Entity#broader() broader}
 * entity is the programme it belongs to.
 */
final class ProgrammeBranches {
    private static final String WORD = "\\p{Lu}[\\p{L}'\u2019-]{0,30}";
    private static final Pattern AFTER = Pattern.compile(
            "(?<words>(?:\\s{1,3}" + WORD + "){0,3}?)\\s{1,3}(?<head>Coalition|Programme|Program|Project|Platform|Network|Facility|Fund"
                    + "|Compact|Campaign)(?![\\p{L}-])"
                    + "(?:\\s{1,3}(?:on|for|of|against|in)\\s{1,3}(?:the\\s{1,3})?" + WORD
                    + "(?:\\s{1,3}(?:(?:and|of|for|on|in|to|against)\\s{1,3}(?!the\\b))?" + WORD + "){0,8})?");

    private ProgrammeBranches() {}

    /** Replaces in {@code reference} each known programme followed by a branch's head by the branch, found by pattern. */
    static void extend(String text, int to, List<Mention> reference, IriMinter iris) {
        ReferenceExtensions.extend(reference, EntityType.PROGRAMME, to, r -> branch(text, to, r, iris));
    }

    private static Optional<Mention> branch(String text, int to, Mention r, IriMinter iris) {
        Matcher m = AFTER.matcher(text).region(r.end(), Math.min(to, r.end() + 200));
        if (!m.lookingAt())
            return Optional.empty();
        String label = text.substring(r.start(), m.end()).replaceAll("\\s+", " ");
        // The branch keeps the programme it belongs to as its broader entity: the graph says the
        // branch is part of it, and its activities are the programme's too.
        Entity branch = new Entity(EntityType.PROGRAMME, iris.entity("programme", label), label, null, r.entity().iri(), false);
        return Optional.of(new Mention(branch, r.start(), m.end(), r.confidence()));
    }
}
