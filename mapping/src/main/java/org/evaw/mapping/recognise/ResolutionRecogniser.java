package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds references to UN resolutions in their many written forms and normalises each to its
 * document symbol: {@code A/Res/70/176}, {@code UNSCR 1325}, {@code SCR 2467}, {@code Security
 * Council resolution 1325 (2000)}, {@code resolutions 1820 and 1888}, {@code HRC resolution
 * 53/23}, {@code General Assembly resolution “…” (52/86)}, {@code resolution 18/1 of the
 * Commission on Crime Prevention and Criminal Justice}, {@code resolution WHA67.15}. Report
 * symbols without {@code RES} are not resolutions. Every quantifier is bounded.
 */
public final class ResolutionRecogniser implements Recogniser {
    private static final String NUMBER = "\\d{1,4}(?:[/.]\\d{1,4})?";
    /** A resolution's number may carry its year, "1325 (2000)"; the year is not a number of the list. */
    private static final String YEAR = "(?:\\s{0,3}\\(\\d{4}\\))?";
    private static final String GAP = "\\s{0,3}(?:,\\s{0,3}and|,|and|&|et|y|e)\\s{0,3}";
    private static final String NUMBER_LIST = "(" + NUMBER + YEAR + "(?:" + GAP + NUMBER + YEAR + "){0,30})";
    private static final String SESSIONAL = "(?:\\d{1,2}/\\d{1,3}|\\d{4}/\\d{1,3})";
    private static final String BODY = "(" + ResolutionSeries.ANY_BODY + ")";
    private static final String QUOTED_TITLE = "(?:[\u201C\"][^\u201D\"]{0,400}[\u201D\"]\\s{0,3})?";
    /** "Security Council Resolution (UNSCR) 1325": the acronym in brackets before the number. */
    private static final String ACRONYM = "(?:\\(\\s{0,2}[A-Z]{2,6}s?\\s{0,2}\\)\\s{0,3})?";

    private static final Pattern BODY_FIRST = Pattern.compile(
            "\\b(?:UN\\s{1,3}|United Nations\\s{1,3})?" + BODY + "\\s{1,3}(?:resolutions?|res\\.?(?=\\s))\\s{0,3}" + ACRONYM + QUOTED_TITLE
                    + "(?:\\(\\s{0,3}" + NUMBER_LIST + "\\s{0,3}\\)|" + NUMBER_LIST + ")(?![\\d/])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_FIRST = Pattern.compile(
            "\\bresolutions?\\s{1,3}" + NUMBER_LIST + "\\s{1,3}(?:adopted\\s{1,3})?(?:of|by)\\s{1,3}the\\s{1,3}" + BODY + "\\b",
            Pattern.CASE_INSENSITIVE);
    /** The word in English, French, Spanish and Portuguese, singular or plural. */
    private static final String RESOLUTION_WORD = "(?:resolutions?|r\u00E9solutions?|resoluci(?:[o\u00F3]n|ones)|resolu\u00E7(?:\u00E3o|\u00F5es))";
    /** "la résolution 1325 (2000) du Conseil de sécurité", "la resolución 48/104 de la Asamblea General", "a resolução 1325 do Conselho de Segurança". */
    private static final Pattern NUMBER_FIRST_ROMANCE = Pattern.compile(
            "\\b" + RESOLUTION_WORD + "\\s{1,3}" + NUMBER_LIST
                    + "\\s{1,3}(?:du|des|del|de\\s{1,3}la|de|do|da)\\s{1,3}" + BODY + "(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "les résolutions du Conseil de sécurité 1820 (2008) et 1960 (2010)", "la resolución de la Asamblea General 48/104": the body, then the numbers. */
    private static final Pattern BODY_THEN_NUMBER_ROMANCE = Pattern.compile(
            "\\b" + RESOLUTION_WORD + "\\s{1,3}(?:du|des|del|de\\s{1,3}la|de|do|da)\\s{1,3}" + BODY + "\\s{1,3}" + NUMBER_LIST + "(?![\\d/])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SYMBOL = Pattern.compile(
            "\\b(A/HRC/RES/|A/RES/|S/RES/|E/RES/|E/CN\\.\\d{1,2}/RES/)(" + NUMBER + ")(?![\\d/])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHA = Pattern.compile("\\bWHA\\s{0,2}(\\d{1,3}\\.\\d{1,3})(?![\\d.]\\d)");
    private static final Pattern UNSCR = Pattern.compile(
            "\\b(?:UN)?SCRs?\\s{0,3}(\\d{3,4}" + YEAR + "(?:" + GAP + "\\d{3,4}" + YEAR + "){0,30})(?![\\d/])");
    private static final Pattern BARE = Pattern.compile(
            "\\b" + RESOLUTION_WORD + "\\s{1,3}(" + SESSIONAL + "(?:" + GAP + SESSIONAL + "){0,30})(?![\\d/])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "resolutions 1820 and 1888", "la résolution 1325 (2000)": only the Security Council numbers its
     * resolutions without a session.
     */
    private static final Pattern BARE_SECURITY_COUNCIL = Pattern.compile(
            "\\b" + RESOLUTION_WORD + "\\s{1,3}(\\d{3,4}" + YEAR + "(?:" + GAP + "\\d{3,4}" + YEAR + "){0,30})(?![\\d/]|\\.\\d|\\s{0,3}of\\s)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "the resolutions on sexual violence that followed it (1820, 1888 and 1960)": a bracketed list
     * of Security Council numbers a few words after "resolutions", read only where the passage
     * already cites a Security Council resolution and the words between speak of no years.
     */
    private static final Pattern BRACKETED_LIST = Pattern.compile(
            "\\bresolutions\\s{1,3}([^().;:\\d\\n]{1,80}?)\\(\\s{0,2}(\\d{3,4}(?:" + GAP + "\\d{3,4}){1,30})\\s{0,2}\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_WORDS = Pattern.compile("\\b(?:years?|sessions?|period|decades?)\\b", Pattern.CASE_INSENSITIVE);
    /** The General Assembly's first thirty sessions numbered resolutions with the session in Roman numerals: "302 (IV)". */
    private static final Pattern ROMAN_SESSION = Pattern.compile(
            "\\b(?:(?:General\\s{1,3}Assembly|UNGA|GA)\\s{1,3})?resolutions?\\s{1,3}(\\d{1,4})\\s{0,2}\\(([IVXL]{1,7})\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_NUMBER = Pattern.compile(NUMBER);
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("\\(\\d{4}\\)");
    /** Security Council resolutions are numbered from 1 and have not reached this. */
    private static final int MAX_SECURITY_COUNCIL = 3999;

    /** Bare {@code resolution 52/86} is a General Assembly resolution by convention, not by certainty. */
    static final double BARE_CONFIDENCE = 0.7;

    private final IriMinter iris;

    public ResolutionRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        Found found = new Found();
        boolean resolution = Triggers.any(text, from, to, "esolution", "ESOLUTION");
        boolean romance = Triggers.any(text, from, to, "\u00E9solution", "esoluci", "esolu\u00E7");
        if (romance)
            findRomance(text, from, to, found);
        // "GA res. 48/104", "HRC Res 53/23": the abbreviation, read only after a body's name.
        if (resolution || Triggers.any(text, from, to, "res.", "Res.", "res ", "Res ", "RES "))
            findResolutionWord(text, from, to, found);
        if (Triggers.any(text, from, to, "RES/", "Res/", "res/"))
            findSymbols(text, from, to, found);
        if (Triggers.any(text, from, to, "WHA")) {
            Matcher w = WHA.matcher(text).region(from, to);
            while (w.find())
                add(found, ResolutionSeries.WORLD_HEALTH_ASSEMBLY, w.group(1), w.start(), w.end(), 1.0);
        }
        if (Triggers.any(text, from, to, "SCR")) {
            Matcher u = UNSCR.matcher(text).region(from, to);
            while (u.find())
                addAll(found, ResolutionSeries.SECURITY_COUNCIL, u.group(1), u.start(), u.end(), 1.0);
        }
        if (resolution || romance)
            findBareNumbers(text, from, to, found);
        return found.list;
    }

    /** The forms that name a body beside the word "resolution", or a Roman-numbered session. */
    private void findResolutionWord(String text, int from, int to, Found found) {
        Matcher roman = ROMAN_SESSION.matcher(text).region(from, to);
        while (roman.find()) {
            String symbol = ResolutionSeries.GENERAL_ASSEMBLY.symbolPrefix + roman.group(1) + "("
                    + roman.group(2).toUpperCase(java.util.Locale.ROOT) + ")";
            found.add(new Mention(entity(ResolutionSeries.GENERAL_ASSEMBLY, symbol), roman.start(), roman.end(), 1.0));
        }
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
    }

    private void findRomance(String text, int from, int to, Found found) {
        Matcher r = NUMBER_FIRST_ROMANCE.matcher(text).region(from, to);
        while (r.find()) {
            Optional<ResolutionSeries> series = ResolutionSeries.ofBodyName(r.group(2));
            series.ifPresent(s -> addAll(found, s, r.group(1), r.start(), r.end(), 1.0));
        }
        Matcher b = BODY_THEN_NUMBER_ROMANCE.matcher(text).region(from, to);
        while (b.find()) {
            Optional<ResolutionSeries> series = ResolutionSeries.ofBodyName(b.group(1));
            series.ifPresent(s -> addAll(found, s, b.group(2), b.start(), b.end(), 1.0));
        }
    }

    private void findSymbols(String text, int from, int to, Found found) {
        Matcher s = SYMBOL.matcher(text).region(from, to);
        while (s.find()) {
            Optional<ResolutionSeries> series = ResolutionSeries.ofSymbolPrefix(s.group(1));
            series.ifPresent(r -> add(found, r, s.group(2), s.start(), s.end(), 1.0));
        }
    }

    /** "resolution 52/86", "resolutions 1820 and 1888": numbers without a body, found last so that fuller forms win. */
    private void findBareNumbers(String text, int from, int to, Found found) {
        Matcher b = BARE.matcher(text).region(from, to);
        while (b.find()) {
            Matcher one = ONE_NUMBER.matcher(b.group(1));
            while (one.find()) {
                String number = one.group();
                ResolutionSeries series = number.indexOf('/') == 4 ? ResolutionSeries.ECOSOC : ResolutionSeries.GENERAL_ASSEMBLY;
                add(found, series, number, b.start(), b.end(), BARE_CONFIDENCE);
            }
        }
        Matcher sc = BARE_SECURITY_COUNCIL.matcher(text).region(from, to);
        while (sc.find())
            addAll(found, ResolutionSeries.SECURITY_COUNCIL, sc.group(1), sc.start(), sc.end(), BARE_CONFIDENCE);
        boolean citesTheCouncil = found.list.stream()
                .anyMatch(m -> m.entity().code().startsWith(ResolutionSeries.SECURITY_COUNCIL.symbolPrefix));
        if (citesTheCouncil) {
            Matcher list = BRACKETED_LIST.matcher(text).region(from, to);
            while (list.find()) {
                if (!TIME_WORDS.matcher(list.group(1)).find())
                    addAll(found, ResolutionSeries.SECURITY_COUNCIL, list.group(2), list.start(2), list.end(2), BARE_CONFIDENCE);
            }
        }
    }

    private void addAll(Found found, ResolutionSeries series, String numbers, int start, int end, double confidence) {
        Matcher m = ONE_NUMBER.matcher(YEAR_IN_BRACKETS.matcher(numbers).replaceAll(""));
        while (m.find())
            add(found, series, m.group(), start, end, confidence);
    }

    /** Adds a mention unless an earlier, more specific pattern already covers this span. */
    private void add(Found found, ResolutionSeries series, String number, int start, int end, double confidence) {
        Optional<String> symbol = series.symbol(number);
        if (symbol.isEmpty())
            return;
        if (series == ResolutionSeries.SECURITY_COUNCIL && Integer.parseInt(number) > MAX_SECURITY_COUNCIL)
            return;
        found.add(new Mention(entity(series, symbol.get()), start, end, confidence));
    }

    private Entity entity(ResolutionSeries series, String symbol) {
        return new Entity(EntityType.RESOLUTION, iris.entity("resolution", symbol), symbol, symbol,
                iris.entity("body", series.bodyKey), false);
    }

    /**
     * The mentions found so far, with the spans they cover: a later pattern's find is dropped where
     * it overlaps an earlier one's, unless both cover the same span (a list names several), and a
     * symbol is found once per span.
     */
    private static final class Found {
        final List<Mention> list = new ArrayList<>();
        /** Spans taken so far, by start: end; overlapping spans are rare, so a scan of them is short. */
        private final java.util.TreeMap<Integer, Integer> spans = new java.util.TreeMap<>();
        private final Map<String, Boolean> symbolsAtSpan = new HashMap<>();

        void add(Mention m) {
            Integer sameEnd = spans.get(m.start());
            boolean sameSpan = sameEnd != null && sameEnd == m.end();
            if (!sameSpan && overlaps(m.start(), m.end()))
                return;
            if (symbolsAtSpan.putIfAbsent(m.start() + ":" + m.end() + ":" + m.entity().code(), Boolean.TRUE) != null)
                return;
            spans.putIfAbsent(m.start(), m.end());
            list.add(m);
        }

        private boolean overlaps(int start, int end) {
            var before = spans.floorEntry(end - 1);
            // Spans do not overlap one another, so the one starting last before end is the only candidate.
            return before != null && before.getValue() > start;
        }
    }
}
