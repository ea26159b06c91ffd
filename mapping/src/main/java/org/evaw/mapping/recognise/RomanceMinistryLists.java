package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds the ministries and governments that French, Spanish and Portuguese text names together
 * under one plural head: "les ministères de l'Intérieur, de la Défense, des Finances, de la Justice et du
 * Transport" names five ministries, "los Ministerios de Salud y de Educación" two, "los Gobiernos
 * de Noruega y Suecia" two (a later complement without its connector takes "de"). Each complement
 * (a connector and capitalised words, with the lowercase adjective French writes after them, "des
 * Affaires sociales") gives one partner, named with the singular head; the mention of each runs
 * over the whole list, as {@link OrganisationPatternRecogniser} does for "the Ministries of Health
 * and Education". Two complements at least: a plural head with one complement is a ministry's
 * name written in the plural by mistake, or several countries' ministries of one field, which name
 * no one body. Found by pattern, with each complement read by one bounded regular expression:
 * linear in the text.
 */
public final class RomanceMinistryLists implements Recogniser {
    /** Plural heads and the singular each body is named with. */
    private static final Map<String, String> SINGULAR = Map.ofEntries(
            Map.entry("ministères", "Ministère"), Map.entry("Ministères", "Ministère"),
            Map.entry("ministerios", "Ministerio"), Map.entry("Ministerios", "Ministerio"),
            Map.entry("ministérios", "Ministério"), Map.entry("Ministérios", "Ministério"),
            Map.entry("gouvernements", "Gouvernement"), Map.entry("Gouvernements", "Gouvernement"),
            Map.entry("gobiernos", "Gobierno"), Map.entry("Gobiernos", "Gobierno"),
            Map.entry("governos", "Governo"), Map.entry("Governos", "Governo"));
    private static final Pattern HEAD = Pattern.compile(
            "\\b(?:[Mm]inist\u00E8res|[Mm]inisterios|[Mm]inist\u00E9rios|[Gg]ouvernements|[Gg]obiernos|[Gg]overnos)\\b");
    /** A later complement written without its connector: "de Noruega y Suecia", "de Salud y Educación". */
    private static final Pattern BARE_COMPLEMENT = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019-]{0,40}(?:\\s{1,3}\\p{Lu}[\\p{L}'\u2019-]{0,40}){0,4}");
    /** A complement: its connector (with the article), capitalised words, and a lowercase adjective after them. */
    private static final Pattern COMPLEMENT = Pattern.compile(
            "(de\\s{1,3}la\\s{1,3}|de\\s{1,3}l['\u2019]|des\\s{1,3}|du\\s{1,3}|de\\s{1,3}los\\s{1,3}|de\\s{1,3}las\\s{1,3}|del\\s{1,3}"
                    + "|de\\s{1,3}|da\\s{1,3}|do\\s{1,3}|das\\s{1,3}|dos\\s{1,3})"
                    + "(\\p{Lu}[\\p{L}'\u2019-]{0,40}(?:\\s{1,3}\\p{Lu}[\\p{L}'\u2019-]{0,40}){0,4}"
                    + "(?:\\s{1,3}\\p{Ll}{2,20}(?:ales?|aux|elles?|iques?|aires?))?)");
    /** What parts two complements: a comma, or "et", "y", "e" (after a comma or not). */
    private static final Pattern SEPARATOR = Pattern.compile(",?\\s{1,3}(?:et|y|e)\\s{1,3}|,\\s{1,3}");
    private static final int MAX_COMPLEMENTS = 12;

    private final IriMinter iris;

    public RomanceMinistryLists(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher head = HEAD.matcher(text).region(from, to);
        while (head.find()) {
            String singular = SINGULAR.get(head.group());
            List<String> labels = new ArrayList<>();
            int at = skipSpace(text, head.end(), to);
            int end = -1;
            while (labels.size() < MAX_COMPLEMENTS) {
                Matcher c = COMPLEMENT.matcher(text).region(at, to);
                if (c.lookingAt()) {
                    String connector = c.group(1).replaceAll("\\s+", " ").replace('\u2019', '\'');
                    labels.add(singular + " " + connector + c.group(2).replaceAll("\\s+", " "));
                    end = c.end();
                } else {
                    Matcher bare = BARE_COMPLEMENT.matcher(text).region(at, to);
                    if (labels.isEmpty() || !bare.lookingAt())
                        break;
                    labels.add(singular + " de " + bare.group().replaceAll("\\s+", " "));
                    end = bare.end();
                }
                Matcher s = SEPARATOR.matcher(text).region(end, to);
                if (!s.lookingAt())
                    break;
                at = s.end();
            }
            if (labels.size() < 2)
                continue;
            for (String label : labels)
                found.add(new Mention(Entity.foundByPattern(EntityType.PARTNER, label, iris), head.start(), end,
                        OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }

    private static int skipSpace(String text, int at, int to) {
        int i = at;
        while (i < to && i - at < 3 && Character.isWhitespace(text.charAt(i)))
            i++;
        return i;
    }
}
