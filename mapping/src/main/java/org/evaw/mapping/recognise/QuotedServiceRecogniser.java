package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds a service that text names in quotes before the word for what it is: "the “Call Safe”
 * helpline", "a 24-hour 'Talk to Us' hotline", "the “SafeWalk” app". A named service that someone
 * runs for women is a programme of its own; the name is the quoted words with the head noun after
 * them, the fullest name the text gives. Found by pattern: confidence below reference matches.
 */
final class QuotedServiceRecogniser implements Recogniser {
    private static final Pattern QUOTED_SERVICE = Pattern.compile(
            "[\"\u201C\u2018\u00AB](\\p{Lu}[^\"\u201C\u201D\u2018\u2019\u00AB\u00BB\\n]{0,60}?)[\"\u201D\u2019\u00BB]"
                    + "\\s{1,2}(helpline|help\\sline|hotline|hot\\sline|help\\sdesk|helpdesk|app|mobile\\sapp|chatbot|text\\sline)\\b");

    private final IriMinter iris;

    QuotedServiceRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = QUOTED_SERVICE.matcher(text).region(from, to);
        while (m.find()) {
            String label = (m.group(1).strip() + " " + m.group(2)).replaceAll("\\s+", " ");
            Entity e = new Entity(EntityType.PROGRAMME, iris.entity("programme", label), label, null, null, false);
            found.add(new Mention(e, m.start(), m.end(), OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }
}
