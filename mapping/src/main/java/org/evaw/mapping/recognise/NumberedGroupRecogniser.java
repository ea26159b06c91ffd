package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds the groupings of states named by their number of members: "the Group of 77", "the Group of
 * Seven", "the Group of 20" (and "… and China" where the text says it). They are intergovernmental
 * partners whose name holds no head noun the patterns know ("Group" alone is a working group's).
 * Found by pattern: confidence below reference, kept only where no other name is.
 */
public final class NumberedGroupRecogniser implements Recogniser {
    private static final Pattern NAME = Pattern.compile(
            "\\bGroup\\s+of\\s+(?:\\d{1,3}|Seven|Eight|Twenty|Fifteen|Twenty-Four)(?:\\s+and\\s+China)?\\b");

    private final IriMinter iris;

    public NumberedGroupRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = NAME.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            String label = m.group().replaceAll("\\s+", " ");
            Entity e = new Entity(EntityType.PARTNER, iris.entity("partner", label), label, null, null, false);
            found.add(new Mention(e, m.start(), m.end(), OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }
}
