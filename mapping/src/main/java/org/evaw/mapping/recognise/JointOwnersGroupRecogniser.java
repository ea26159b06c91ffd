package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds a coordination group named after the two bodies that set it up together: "the ABC and UN
 * XYZ Task Force on Safer Workplaces", "the DEF and GHI Joint Working Group on Returns". The group is
 * an inter-agency mechanism, a programme; its owners' acronyms are words of its name, not mentions
 * of the owners. The complement runs over capitalised words and the small words between them, but
 * not "in", which says where the group met ("… on Safer Workplaces in Geneva").
 */
final class JointOwnersGroupRecogniser implements Recogniser {
    private static final String ACRONYM = "(?:UN\\s{1,3})?\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9}";
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}'\u2019-]{0,30}";
    private static final Pattern GROUP = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])" + ACRONYM + "(?:,\\s{1,3}" + ACRONYM + ")*\\s{1,3}and\\s{1,3}" + ACRONYM
                    + "\\s{1,3}(?:Joint\\s{1,3})?(?:Task\\s{1,3}Force|Working\\s{1,3}Group|Reference\\s{1,3}Group|Steering\\s{1,3}Committee|Coordination\\s{1,3}Group)"
                    + "(?:\\s{1,3}(?:on|for|against)\\s{1,3}" + WORD + "(?:\\s{1,3}(?:(?:of|on|for|to|against|and|the|within)\\s{1,3}){0,2}" + WORD + "){0,8})?");

    private final IriMinter iris;

    JointOwnersGroupRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = GROUP.matcher(text).region(from, to);
        while (m.find()) {
            String label = m.group().replaceAll("\\s+", " ");
            Entity e = new Entity(EntityType.PROGRAMME, iris.entity("programme", label), label, null, null, false);
            found.add(new Mention(e, m.start(), m.end(), OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }
}
