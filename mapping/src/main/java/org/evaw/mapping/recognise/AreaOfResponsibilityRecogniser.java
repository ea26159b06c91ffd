package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds the areas of responsibility of humanitarian protection coordination, named by their field
 * and the words "Area of Responsibility": "the Housing, Land and Property Area of Responsibility",
 * "the Water Safety Area of Responsibility (WS AoR)". Each is a coordination mechanism that agencies
 * lead, a programme; the pattern recognisers read "Area" as no head at all.
 */
final class AreaOfResponsibilityRecogniser implements Recogniser {
    /** One to five capitalised words (or acronyms) of the field, with "and" or a comma between them. */
    private static final Pattern AREA = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])((?!The\\s)\\p{Lu}[\\p{L}\\p{N}-]{0,30}(?:(?:\\s{1,3}|,\\s{1,3}|\\s{1,3}and\\s{1,3})\\p{Lu}[\\p{L}\\p{N}-]{0,30}){0,4})"
                    + "\\s{1,3}Area\\s{1,3}of\\s{1,3}Responsibility\\b");

    private final IriMinter iris;

    AreaOfResponsibilityRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = AREA.matcher(text).region(from, to);
        while (m.find()) {
            String label = text.substring(m.start(), m.end()).replaceAll("\\s+", " ");
            Entity e = new Entity(EntityType.PROGRAMME, iris.entity("programme", label), label, null, null, false);
            found.add(new Mention(e, m.start(), m.end(), OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }
}
