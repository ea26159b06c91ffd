package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * A partner named after the word "NGO" that says what kind of body it is, with where it is from: "the Moldovan NGO
 * Institute for Democracy", "the Iraqi NGO Public Aid Organization", "the Lviv NGO Women's Perspectives Center", and
 * after "NGOs" opening a list ("the NGOs Anti-trafficking Centre and Atina"). The head-noun pattern reads the kind and
 * its qualifier as words of the name; the name is what follows them. Not "NGO" alone before a head, which may be the
 * name's own word ("the NGO Forum on Cambodia", "the NGO Working Group on Women").
 */
final class NgoOpenings {
    /** A capitalised qualifier and "NGO", or "NGOs" alone, then the name, capitalised. */
    private static final Pattern OPENING = Pattern.compile("(?:(\\p{Lu}[\\p{L}'\u2019-]+)\\s+NGO|NGOs)\\s+(?=\\p{Lu})");
    /** A people's adjective: "Moldovan", "Iraqi", "Swedish", "Lebanese". */
    private static final Pattern PEOPLES = Pattern.compile("\\p{Lu}\\p{Ll}+(?:an|i|ish|ese|ch|ic)");

    private NgoOpenings() {}

    /**
     * {@code found} with each partner whose text opens so cut to the name after the kind; the qualifier must be a people's
     * adjective or a place the reference data knows ({@code byStart}): "the Women NGO Secretariat of Liberia" is one name.
     */
    static List<Mention> trimmed(String text, List<Mention> found, Map<Integer, Mention> byStart, IriMinter iris) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Matcher opening = OPENING.matcher(text).region(m.start(), m.end());
            if (m.entity().type() != EntityType.PARTNER || !opening.lookingAt() || opening.group(1) != null
                    && !PEOPLES.matcher(opening.group(1)).matches() && !place(byStart.get(m.start()), opening.end(1))) {
                out.add(m);
                continue;
            }
            int start = opening.end();
            String label = text.substring(start, m.end()).replaceAll("\\s+", " ");
            out.add(new Mention(Entity.foundByPattern(EntityType.PARTNER, label, iris), start, m.end(), m.confidence()));
        }
        return out;
    }

    /** Whether {@code known} is a country or place that ends where the qualifier does. */
    private static boolean place(Mention known, int end) {
        return known != null && known.end() == end
                && (known.entity().type() == EntityType.COUNTRY || known.entity().type() == EntityType.PLACE);
    }
}
