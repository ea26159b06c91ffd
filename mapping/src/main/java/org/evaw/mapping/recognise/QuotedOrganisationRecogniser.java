package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds organisations that text names in quotes and then says what they are, in apposition:
 * "“Les Amazones”, a collective of Malian associations", "\"Mama Cash\", an international women's
 * fund". The quoted words are the name; without the appositive noun a quoted name may be a
 * programme, a title or a slogan, and is left to the other recognisers. Found by pattern:
 * confidence below reference.
 */
public final class QuotedOrganisationRecogniser implements Recogniser {
    private static final Pattern QUOTED = Pattern.compile("[\"\u201c\u00ab]\\s{0,2}(\\p{Lu}[^\"\u201c\u201d\u00ab\u00bb\\n]{1,58}?)\\s{0,2}[\"\u201d\u00bb]");
    private static final Pattern APPOSITION = Pattern.compile(
            "\\s{0,3}[,(]\\s{0,3}(?:a|an)\\s{1,3}(?:[\\p{L}'\u2019-]{1,25}\\s{1,3}){0,3}"
                    + "(?:collective|association|network|coalition|NGO|non-governmental\\s{1,3}organi[sz]ation|organi[sz]ation|"
                    + "foundation|cooperative|co-operative|federation|union|alliance|fund|charity|movement)\\b");

    private final IriMinter iris;

    public QuotedOrganisationRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = QUOTED.matcher(text).region(from, to);
        while (m.find()) {
            if (!APPOSITION.matcher(text).region(m.end(), Math.min(to, m.end() + 80)).lookingAt())
                continue;
            String label = m.group(1).strip().replaceAll("\\s+", " ");
            Entity e = Entity.foundByPattern(EntityType.PARTNER, label, iris);
            found.add(new Mention(e, m.start(1), m.start(1) + m.group(1).strip().length(), OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }
}
