package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * An organisation's name may end with a "+" and a number written onto its last word, as names
 * coined after a conference's review do ("Fundación Cartagena+30", "Red Lima+25"): the head-noun
 * pattern stops at the "+", and the number belongs to the name.
 */
final class NumberSuffixNames {
    private static final Pattern PLUS_NUMBER = Pattern.compile("\\+\\d{1,3}(?![\\p{L}\\p{N}])");

    private NumberSuffixNames() {}

    /** {@code found} with each partner followed right away by "+" and a number extended to it. */
    static List<Mention> extended(String text, int to, List<Mention> found, IriMinter iris) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Matcher plus = PLUS_NUMBER.matcher(text).region(m.end(), Math.min(to, m.end() + 4));
            if (m.entity().type() != EntityType.PARTNER || !plus.lookingAt()) {
                out.add(m);
                continue;
            }
            String label = m.entity().label() + plus.group();
            out.add(new Mention(new Entity(EntityType.PARTNER, iris.entity("partner", label), label, null, null, false),
                    m.start(), plus.end(), m.confidence()));
        }
        return out;
    }
}
