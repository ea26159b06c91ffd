package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds numbered instruments that are not resolutions, by the way text numbers them: ILO
 * Conventions ({@code C190}, {@code ILO Convention No. 190}, {@code Convention No. 190}, "…
 * Convention, 2019 (No. 190)") and CEDAW General Recommendations ({@code General Recommendation
 * No. 19}, {@code General Recommendations Nos. 19 and 35}, {@code CEDAW GR 35}). Each is an
 * {@code evaw:LegalInstrument}, identified as the reference data identifies it where it lists it
 * ({@code id/instrument/c190}, {@code id/instrument/cedaw-gr-35}).
 */
public final class InstrumentRecogniser implements Recogniser {
    private static final Pattern ILO = Pattern.compile(
            "\\b(?:ILO\\s{1,3})?Conventions?\\s{1,3}(?:No\\.?|Number|#)\\s{0,3}(\\d{2,3})(?!\\d)"
                    + "|\\bConvention,\\s{1,3}\\d{4}\\s{1,3}\\(No\\.?\\s{0,3}(\\d{2,3})\\)");
    private static final Pattern C_NUMBER = Pattern.compile("\\bC-?(\\d{3})(?![\\d\\w])");
    private static final Pattern GR = Pattern.compile(
            "\\b(?:CEDAW\\s{1,3}(?:Committee(?:'s|\u2019s)?\\s{1,3})?)?(?:General\\s{1,3}Recommendations?|(?<=CEDAW\\s)GR)"
                    + "\\s{0,3}(?:(?:No|Nos|no|nos)\\.?|[Nn]umbers?|#)?\\s{0,3}(\\d{1,2})(?!\\d)"
                    + "((?:\\s{0,3}(?:,|and|&)\\s{0,3}(?:(?:No|no)\\.?\\s{0,3})?\\d{1,2}(?!\\d)){0,6})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    private final IriMinter iris;
    private final Map<String, Entity> reference;

    /** {@code reference}: the instruments the reference data lists, by IRI. */
    public InstrumentRecogniser(IriMinter iris, Map<String, Entity> reference) {
        this.iris = iris;
        this.reference = reference;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        if (Triggers.any(text, from, to, "Convention")) {
            Matcher m = ILO.matcher(text).region(from, to);
            while (m.find())
                addConvention(found, m.group(1) != null ? m.group(1) : m.group(2), m.start(), m.end());
        }
        Matcher c = C_NUMBER.matcher(text).region(from, to);
        while (c.find())
            addConvention(found, c.group(1), c.start(), c.end());
        found.sort(java.util.Comparator.comparingInt(Mention::start));
        if (!Triggers.any(text, from, to, "ecommendation", "GR"))
            return found;
        Matcher g = GR.matcher(text).region(from, to);
        while (g.find()) {
            List<String> numbers = new ArrayList<>(List.of(g.group(1)));
            Matcher more = NUMBER.matcher(g.group(2));
            while (more.find())
                numbers.add(more.group());
            for (String n : numbers) {
                int number = Integer.parseInt(n);
                found.add(new Mention(entity("cedaw-gr-" + number, "CEDAW General Recommendation No. " + number, null),
                        g.start(), g.end(), 1.0));
            }
        }
        return found;
    }

    private void addConvention(List<Mention> found, String number, int start, int end) {
        int n = Integer.parseInt(number);
        found.add(new Mention(entity("c" + n, "ILO Convention No. " + n, "C" + n), start, end, 1.0));
    }

    private Entity entity(String key, String label, String code) {
        String iri = iris.entity("instrument", key);
        Entity known = reference.get(iri);
        return known != null ? known : new Entity(EntityType.INSTRUMENT, iri, label, code, null, false);
    }
}
