package org.evaw.mapping.recognise;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A unit after "its" is the organisation's that "its" refers to: the report's own entity as a rule
 * ("UNDP created its Gender Unit"), but a partner's when the partner is named just before, a few
 * words back and no comma between ("the national police and its Family Protection Unit", "helped
 * the KPS build its Anti-Trafficking Unit (ATU)", "the Liberia Prison Service (LPS) opened its
 * Women's Section"). The partner's unit takes part in the work as a partner of its own.
 */
final class PartnersOwnUnits {
    /** "its" or "their" right before the unit, perhaps with "own" or "new". */
    private static final Pattern ITS = Pattern.compile("\\b(?:its|their)\\s{1,3}(?:(?:own|new)\\s{1,3})?$");
    /** What may stand between the partner and "its": at most three words, no comma, no full stop. */
    private static final Pattern BETWEEN = Pattern.compile("(?:\\s{0,3}\\([^(),.;]{1,20}\\))?(?:\\s{1,3}[\\p{L}-]{1,20}){1,4}\\s{1,3}");

    private PartnersOwnUnits() {}

    /** Whether the unit {@code unit} follows "its" whose organisation is a partner named just before it among {@code kept}. */
    static boolean ofAPartner(String text, List<Mention> kept, Mention unit) {
        int from = Math.max(0, unit.start() - 24);
        java.util.regex.Matcher its = ITS.matcher(text).region(from, unit.start());
        if (!its.find())
            return false;
        Mention nearest = null;
        for (Mention k : kept)
            if (k != unit && k.end() <= its.start() && (nearest == null || k.end() > nearest.end()))
                nearest = k;
        return nearest != null && nearest.entity().type() == EntityType.PARTNER && nearest.end() >= its.start() - 60
                && BETWEEN.matcher(text).region(nearest.end(), its.start()).matches();
    }
}
