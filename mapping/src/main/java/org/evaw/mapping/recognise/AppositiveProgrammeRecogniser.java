package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds programmes that text names and then says what they are, in apposition: "UNOOSA runs
 * Space4Women, a project that …", "it supports SheTrades, an initiative of …". Such names carry no
 * head noun of their own (a brand, a coined word), so no other recogniser reads them; the noun after
 * the comma says the name is a project, programme, initiative or campaign. The name must follow a
 * lowercase word, so that a sentence's opening ("In 2019, a project …") is never read as one.
 * Found by pattern: confidence below reference, kept only where no other name is.
 */
public final class AppositiveProgrammeRecogniser implements Recogniser {
    /** One to six capitalised words, small connectors allowed between them: "Safe Cities", "Space4Women". */
    private static final Pattern NAME = Pattern.compile(
            "(?<=\\p{Ll}[\\p{Ll}-]{0,30} )(\\p{Lu}[\\p{L}\\p{N}'\u2019.&-]*(?: (?:(?:of|for|on|and|the|to|in) ){0,2}\\p{Lu}[\\p{L}\\p{N}'\u2019.&-]*){0,5})"
                    + ",\\s{1,3}(?:a|an)\\s{1,3}(?:[\\p{L}'\u2019-]{1,25}\\s{1,3}){0,3}"
                    + "(?:project|programme|program|initiative|campaign)\\b"
                    // "…, a project partner", "…, a programme country": the noun modifies another, it names nothing.
                    + "(?!\\s{1,3}(?:partners?|sites?|country|countries|offices?|areas?|managers?|coordinators?|teams?|staff|officers?|locations?))");

    private final IriMinter iris;

    public AppositiveProgrammeRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = NAME.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            String label = m.group(1).replaceAll("\\s+", " ");
            Entity e = new Entity(EntityType.PROGRAMME, iris.entity("programme", label), label, null, null, false);
            found.add(new Mention(e, m.start(1), m.end(1), OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }
}
