package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds a country's legislature named as English names it, with a capital and no article: "laws
 * passed by Parliament", "a bill sent to Parliament". Capitalised and bare, the word is the
 * legislature's name, not a kind. Not "Members of Parliament" (its members), nor "Parliament's"
 * (an owner of what follows), nor where "of" follows (a name the patterns read in full).
 * Found by pattern: confidence below reference, kept only where no other name is.
 */
public final class BareParliamentRecogniser implements Recogniser {
    private static final Pattern NAME = Pattern.compile(
            "(?<=\\b(?:by|to|before|with|from) )Parliament\\b(?!['\u2019]s)(?!\\s+of\\b)(?![\\p{L}-])");

    private final IriMinter iris;

    public BareParliamentRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = NAME.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            Entity e = new Entity(EntityType.PARTNER, iris.entity("partner", "Parliament"), "Parliament", null, null, false);
            found.add(new Mention(e, m.start(), m.end(), OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }
}
