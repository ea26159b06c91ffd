package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds a city's or municipality's government named as an organisation: "the City of Kigali lit
 * its buildings in orange", "the Municipality of Tirana opened a shelter". After a preposition of
 * place ("in the City of Kigali", "across the Municipality of …") the words name where the work
 * is, no partner, and are left to the place recognisers. Found by pattern: confidence below
 * reference, kept only where no other name is.
 */
public final class CityAuthorityRecogniser implements Recogniser {
    private static final Pattern NAME = Pattern.compile(
            "(?<!\\b(?:in|at|to|from|across|throughout|within|around|near|of|into|outside|inside|and|or) )"
                    + "\\b[Tt]he\\s{1,3}((?:City|Municipality|Town)\\s{1,3}of\\s{1,3}\\p{Lu}[\\p{L}'\u2019-]+(?:\\s\\p{Lu}[\\p{L}'\u2019-]+)?)\\b");

    private final IriMinter iris;

    public CityAuthorityRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = NAME.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            String label = m.group(1).replaceAll("\\s+", " ");
            Entity e = new Entity(EntityType.PARTNER, iris.entity("partner", label), label, null, null, false);
            found.add(new Mention(e, m.start(1), m.end(1), OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }
}
