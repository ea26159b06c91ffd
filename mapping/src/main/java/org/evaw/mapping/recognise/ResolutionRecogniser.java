package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds references to UN resolutions in their many written forms and normalises each to its
 * document symbol: {@code A/Res/70/176}, {@code UNSCR 1325}, {@code Security Council Resolution 1325},
 * {@code General Assembly resolution “…” (52/86)}, {@code resolution 18/1 of the Commission on
 * Crime Prevention and Criminal Justice}. Report symbols without {@code RES} are not resolutions.
 */
public final class ResolutionRecogniser implements Recogniser {
    private static final String NUMBER = "\\d{1,4}(?:/\\d{1,4})?";
    /** A resolution's number may carry its year, "1325 (2000)"; the year is not a number of the list. */
    private static final String YEAR = "(?:\\s*\\(\\d{4}\\))?";
    private static final String NUMBER_LIST = "(" + NUMBER + YEAR + "(?:\\s*(?:,\\s*and|,|and|&)\\s*" + NUMBER + YEAR + ")*)";
    private static final String SESSIONAL = "(?:\\d{1,2}/\\d{1,3}|\\d{4}/\\d{1,3})";
    private static final String BODY = "(" + ResolutionSeries.ANY_BODY + ")";
    private static final String QUOTED_TITLE = "(?:[\u201C\"][^\u201D\"]{0,400}[\u201D\"]\\s*)?";

    private static final Pattern BODY_FIRST = Pattern.compile(
            "\\b(?:UN\\s+|United Nations\\s+)?" + BODY + "\\s+resolutions?\\s*" + QUOTED_TITLE
                    + "(?:\\(\\s*" + NUMBER_LIST + "\\s*\\)|" + NUMBER_LIST + ")(?![\\d/])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_FIRST = Pattern.compile(
            "\\bresolutions?\\s+" + NUMBER_LIST + "\\s+(?:adopted\\s+)?(?:of|by)\\s+the\\s+" + BODY + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SYMBOL = Pattern.compile(
            "\\b(A/HRC/RES/|A/RES/|S/RES/|E/RES/|E/CN\\.\\d{1,2}/RES/)(" + NUMBER + ")(?![\\d/])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSCR = Pattern.compile(
            "\\bUNSCRs?\\s*(\\d{1,4}" + YEAR + "(?:\\s*(?:,\\s*and|,|and|&)\\s*\\d{1,4}" + YEAR + ")*)(?![\\d/])");
    private static final Pattern BARE = Pattern.compile(
            "\\bresolutions?\\s+(" + SESSIONAL + "(?:\\s*(?:,\\s*and|,|and|&)\\s*" + SESSIONAL + ")*)(?![\\d/])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_NUMBER = Pattern.compile(NUMBER);
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("\\(\\d{4}\\)");

    /** Bare {@code resolution 52/86} is a General Assembly resolution by convention, not by certainty. */
    static final double BARE_CONFIDENCE = 0.7;

    private final IriMinter iris;

    public ResolutionRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = BODY_FIRST.matcher(text).region(from, to);
        while (m.find()) {
            Optional<ResolutionSeries> series = ResolutionSeries.ofBodyName(m.group(1));
            String numbers = m.group(2) != null ? m.group(2) : m.group(3);
            series.ifPresent(s -> addAll(found, s, numbers, m.start(), m.end(), 1.0));
        }
        Matcher n = NUMBER_FIRST.matcher(text).region(from, to);
        while (n.find()) {
            Optional<ResolutionSeries> series = ResolutionSeries.ofBodyName(n.group(2));
            series.ifPresent(s -> addAll(found, s, n.group(1), n.start(), n.end(), 1.0));
        }
        Matcher s = SYMBOL.matcher(text).region(from, to);
        while (s.find()) {
            Optional<ResolutionSeries> series = ResolutionSeries.ofSymbolPrefix(s.group(1));
            series.ifPresent(r -> add(found, r, s.group(2), s.start(), s.end(), 1.0));
        }
        Matcher u = UNSCR.matcher(text).region(from, to);
        while (u.find())
            addAll(found, ResolutionSeries.SECURITY_COUNCIL, u.group(1), u.start(), u.end(), 1.0);
        Matcher b = BARE.matcher(text).region(from, to);
        while (b.find()) {
            Matcher one = ONE_NUMBER.matcher(b.group(1));
            while (one.find()) {
                String number = one.group();
                ResolutionSeries series = number.indexOf('/') == 4 ? ResolutionSeries.ECOSOC : ResolutionSeries.GENERAL_ASSEMBLY;
                add(found, series, number, b.start(), b.end(), BARE_CONFIDENCE);
            }
        }
        return found;
    }

    private void addAll(List<Mention> found, ResolutionSeries series, String numbers, int start, int end, double confidence) {
        Matcher m = ONE_NUMBER.matcher(YEAR_IN_BRACKETS.matcher(numbers).replaceAll(""));
        while (m.find())
            add(found, series, m.group(), start, end, confidence);
    }

    /** Adds a mention unless an earlier, more specific pattern already covers this span. */
    private void add(List<Mention> found, ResolutionSeries series, String number, int start, int end, double confidence) {
        Optional<String> symbol = series.symbol(number);
        if (symbol.isEmpty())
            return;
        Mention mention = new Mention(entity(series, symbol.get()), start, end, confidence);
        for (Mention other : found) {
            if (other.overlaps(mention) && !(other.start() == start && other.end() == end))
                return;
            if (other.start() == start && other.end() == end && other.entity().code().equals(symbol.get()))
                return;
        }
        found.add(mention);
    }

    private Entity entity(ResolutionSeries series, String symbol) {
        return new Entity(EntityType.RESOLUTION, iris.entity("resolution", symbol), symbol, symbol,
                iris.entity("body", series.bodyKey), false);
    }
}
