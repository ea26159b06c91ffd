package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;

import org.evaw.mapping.iri.IriMinter;

/**
 * A name does not end with the possessive that makes it an owner: "the Government of Tajikistan's
 * efforts" names the Government of Tajikistan. The head-noun patterns read "Tajikistan's" as one
 * word of the complement; the "'s" is cut off the name found.
 */
final class PossessiveEnds {
    private PossessiveEnds() {}

    /** {@code found} with each partner or programme whose text ends with "'s" (or "’s") cut before it. */
    static List<Mention> trimmed(String text, List<Mention> found, IriMinter iris) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            String label = m.entity().label();
            boolean named = m.entity().type() == EntityType.PARTNER || m.entity().type() == EntityType.PROGRAMME;
            if (!named || m.end() - m.start() < 4 || !possessive(text, m.end()) || !(label.endsWith("'s") || label.endsWith("\u2019s"))) {
                out.add(m);
                continue;
            }
            String cut = label.substring(0, label.length() - 2);
            out.add(new Mention(Entity.foundByPattern(m.entity().type(), cut, iris),
                    m.start(), m.end() - 2, m.confidence()));
        }
        return out;
    }

    private static boolean possessive(String text, int end) {
        char apostrophe = text.charAt(end - 2);
        return text.charAt(end - 1) == 's' && (apostrophe == '\'' || apostrophe == '\u2019');
    }
}
