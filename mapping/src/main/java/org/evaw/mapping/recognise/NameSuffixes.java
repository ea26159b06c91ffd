package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Words right after a name that the head-noun patterns stop before, though they belong to it. One
 * instance per kind of suffix, each with the type of name it ends, which of those names it may
 * end, and its pattern: where the pattern matches right after a name found, the name runs on over it.
 */
final class NameSuffixes {
    /**
     * A "+" and a number written onto the name's last word, as names coined after a conference's
     * review are ("Fundación Cartagena+30", "Red Lima+25").
     */
    static final NameSuffixes PLUS_NUMBERS = new NameSuffixes(EntityType.PARTNER, label -> true,
            Pattern.compile("\\+\\d{1,3}(?![\\p{L}\\p{N}])"));
    /**
     * An organisation named by what it is and then, in quotes, by its own name: "the International
     * Humanitarian Centre “Rozrada”", "the Women Resource Centre "Gulrukhsor"", "the Social Mission
     * «Diaconia»", "the Legal Center of Women's Initiatives "Sana Sezim"" (the head need not be the
     * last word), as text from Eastern Europe and Central Asia writes its NGOs' registered names.
     */
    static final NameSuffixes QUOTED_OWN_NAMES = new NameSuffixes(EntityType.PARTNER, OwnQuotedNames::hasHead,
            // Not a quoted title that a programme's head follows ("the Centre “Safe Home” project").
            Pattern.compile("\\s{1,2}[\"\u201C\u00AB\u201E]\\p{Lu}[^\"\u201C\u201D\u00AB\u00BB\u201E\\n]{0,100}?[\"\u201D\u00BB\u201C]"
                    + "(?!" + OwnQuotedNames.PROGRAMME_HEAD_AFTER + ")"));
    /**
     * The years a programme runs over, which tell its editions apart: "the State Programme for
     * Ensuring Gender Equality for 2012-2016", "the National Programme 2021–2025".
     */
    static final NameSuffixes PROGRAMME_YEARS = new NameSuffixes(EntityType.PROGRAMME, label -> true,
            Pattern.compile("(?:\\s{1,2}for)?\\s{1,2}(?:19|20)\\d{2}\\s?[-\u2010-\u2013/]\\s?(?:19|20)?\\d{2}(?![\\p{L}\\p{N}])"));

    private final EntityType type;
    private final Predicate<String> ends;
    private final Pattern suffix;

    private NameSuffixes(EntityType type, Predicate<String> ends, Pattern suffix) {
        this.type = type;
        this.ends = ends;
        this.suffix = suffix;
    }

    /** {@code found} with each name of this kind that the suffix follows right away extended over it. */
    List<Mention> extended(String text, int to, List<Mention> found, IriMinter iris) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Matcher after = suffix.matcher(text).region(m.end(), to);
            if (m.entity().type() != type || !ends.test(m.entity().label()) || !after.lookingAt()) {
                out.add(m);
                continue;
            }
            String label = (m.entity().label() + after.group()).replaceAll("\\s+", " ");
            out.add(new Mention(Entity.foundByPattern(type, label, iris), m.start(), after.end(), m.confidence()));
        }
        return out;
    }
}
