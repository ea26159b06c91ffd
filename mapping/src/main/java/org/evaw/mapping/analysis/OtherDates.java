package org.evaw.mapping.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date phrases that say when something other than the reported work happened: a law, treaty,
 * resolution or plan was adopted ("adopted in 2019", "resolution 39/2 of 27 September 2018", "the
 * Conference welcomed the Plan of Action in May 2008"), something happened to women or was counted
 * ("victims detected in 2020", "crimes committed since 2011"), an instrument is named with its date
 * ("the Rome Statute, 17 July 1998,"), or a plan carries its span in its name
 * ("Gender Plan of Action 2022-2030", "the 2015-2020 Gender Plan"). {@link DatePhrases} drops them.
 */
final class OtherDates {
    /**
     * A date after these words is when a law or treaty was made, not when the work was done; a
     * date already between them and this one was the making's ("adopted in 2018, and UNDP trained
     * judges on it in 2021"), but not a resolution's year in brackets, which names it ("adopted
     * resolution 1740 (2007) on 23 January 2007").
     */
    private static final Pattern ADOPTION = Pattern.compile(
            "\\b(?:adopted|passed|enacted|ratified|promulgated|amended|entered\\sinto\\sforce|came\\sinto\\sforce|in\\sforce"
                    // French and Spanish: adopté, promulguée, ratifié, entrée en vigueur; adoptada, aprobada, promulgada, entró en vigor
                    + "|adopt[\u00E9e]e?s?|promulgu[\u00E9e]e?s?|ratifi[\u00E9e]e?s?|entr[\u00E9e]e?\\sen\\svigueur"
                    + "|adoptad[oa]s?|aprobad[oa]s?|promulgad[oa]s?|ratificad[oa]s?|entr\u00F3\\sen\\svigor)(?!\\p{L})"
                    + "(?:(?!(?<!\\()\\b(?:19|20)\\d\\d\\b(?!\\)))[^.;]){0,40}$",
            Pattern.CASE_INSENSITIVE);
    /**
     * The same verbs with their doer named between verb and date, however long its name: "was adopted
     * unanimously by the Council of Ministers on 30 May 2018", "passed by the National Assembly in 2019".
     */
    private static final Pattern ADOPTION_BY = Pattern.compile(
            "\\b(?:adopted|passed|enacted|ratified|promulgated|amended|approved|signed|endorsed)(?:\\s{1,3}\\p{L}{1,20}ly)?"
                    + "\\s{1,3}by\\s{1,3}(?:the\\s{1,3})?\\p{Lu}[\\p{L}'\u2019-]{0,30}"
                    + "(?:\\s{1,3}(?:of|and|for|on|the|\\p{Lu}[\\p{L}'\u2019-]{0,30})){0,10}\\s{1,3}$");
    /**
     * A governing body's act on an instrument, with the instrument named between verb and date: "the
     * Conference of the Parties welcomed the Gender Plan of Action in May 2008", "the Board approved
     * the new strategy in 2019". The date is the instrument's, whoever wrote it.
     */
    private static final Pattern INSTRUMENT_ACT = Pattern.compile(
            "\\b(?:welcomed|endorsed|approved|validated)\\b[^.;\\d]{0,60}\\b(?i:plans?|strateg(?:y|ies)|polic(?:y|ies)|frameworks?"
                    + "|declarations?|agendas?|protocols?|laws?|codes?|bills?|resolutions?|decisions?|conventions?|charters?"
                    + "|road\\s?maps?)\\b[^.;,\\d]{0,30}$");
    /**
     * A date right after the number of a resolution, decision or law is its adoption: "by resolution
     * 51/77 in 1996", "resolution 39/2 of 27 September 2018", "Law No. 103, 13 May 2017".
     */
    private static final Pattern AFTER_SYMBOL = Pattern.compile(
            "\\b(?i:resolutions?|decisions?|laws?|decrees?|acts?|ordinances?)\\s{1,3}(?:(?i:No\\.?|n\u00B0|n\u00BA)\\s{0,2})?"
                    + "(?:[A-Z]{1,6}/)?[\\dIVXLC]{1,4}(?:[/-][\\dIVXLC]{1,5}){0,2}\\s{0,3},?\\s{1,3}(?:of\\s{1,3})?$");
    /**
     * A date after these words says when something happened to women or was counted, or a crime was
     * committed, not when an organisation worked: "of all victims detected worldwide in 2020", "women
     * killed in 2019", "the gravest crimes committed in Myanmar since 2011", "girls raped in 2016".
     */
    private static final Pattern HAPPENED = Pattern.compile(
            "\\b(?:detected|recorded|registered|killed|murdered|victimi[sz]ed|trafficked|abducted|born|died"
                    + "|committed|perpetrated|occurred|raped|assaulted|abused|attacked|kidnapped|harassed|displaced)\\b[^.;,]{0,25}$",
            Pattern.CASE_INSENSITIVE);
    /** An instrument's name with its date in apposition: "the Rome Statute, 17 July 1998,". */
    private static final Pattern INSTRUMENT_NAME = Pattern.compile(
            "\\b(?:Statute|Convention|Protocol|Declaration|Agreement|Accord|Charter|Treaty|Covenant|Act|Law|Decree|Code)\\s{0,3},\\s{1,3}$");
    /** A determiner before a date that ends right before a capitalised word: "the 2015-2020 Gender Plan". */
    private static final Pattern DETERMINER = Pattern.compile("\\b(?i:the|a|an|its|their|our|his|her)\\s{1,3}$");
    private static final Pattern CAPITALISED_NEXT = Pattern.compile("\\s{1,3}\\p{Lu}\\p{Ll}");
    /** A capitalised word right before a span that stands alone: "Plan of Action 2022-2030". */
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{L}'\u2019-]{1,30}\\s{1,3}$");
    private static final Pattern YEAR_SPAN = Pattern.compile("\\b(?:19|20)\\d\\d\\s{0,3}[-\u2010-\u2015/]\\s{0,3}(?:19|20)?\\d\\d\\b");
    private static final int LOOK_BEHIND = 60;

    private OtherDates() {}

    /** Whether the date phrase at {@code text[start, end)}, found in {@code text[from, to)}, dates something other than the work. */
    static boolean at(String text, int from, int to, int start, int end) {
        String before = text.substring(Math.max(from, start - LOOK_BEHIND), start);
        if (ADOPTION.matcher(before).find() || ADOPTION_BY.matcher(before).find() || INSTRUMENT_ACT.matcher(before).find()
                || AFTER_SYMBOL.matcher(before).find() || INSTRUMENT_NAME.matcher(before).find() || HAPPENED.matcher(before).find())
            return true;
        return inAName(text, from, to, start, end);
    }

    /**
     * A span of years that is part of a plan's or framework's name: between a determiner and a
     * capitalised word ("the 2015-2020 Gender Plan of Action"), or standing alone after a capitalised
     * word ("Gender Plan of Action 2022-2030", "Sendai Framework 2015-2030").
     */
    private static boolean inAName(String text, int from, int to, int start, int end) {
        Matcher years = YEAR_SPAN.matcher(text).region(start, end);
        if (!years.find())
            return false;
        int first = years.start();
        if (DETERMINER.matcher(text.substring(Math.max(from, first - 12), first)).find()
                && CAPITALISED_NEXT.matcher(text).region(end, to).lookingAt())
            return true;
        // Only a span with no word of its own before it ("2022-2030", not "in 2022-2030").
        return first == start && CAPITALISED_BEFORE.matcher(text.substring(Math.max(from, start - 32), start)).find();
    }
}
