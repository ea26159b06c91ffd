package org.evaw.mapping.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.recognise.WordList;

/**
 * Finds the date phrases of prose that say when something was done: "In 2021", "in June 2015",
 * "in 2022 and 2023", "in 2017, 2018 and 2019", "during 2021–2022", "in the 2018–2019 biennium",
 * "from 2021 to 2022", "between July 2016 and December
 * 2017", "since 2019", "in the first half of 2021" (January to June), "in Q3 2020", "in FY2020", spans of days
 * ("From 24 to 27 August 2015", "24–27 August 2015", "on 8 and 9 March 2021"), and their French
 * and Spanish forms ("en junio de 2015", "depuis mars 2019", "entre 2018 y 2020"). Where report
 * prose and news put dates without such a preposition, they count too: a full date set off by a
 * comma (a dateline "BERLIN, 25 May 2023 –", the end of a speech's title line, "On Human Rights Day,
 * 10 December 2019,"), the date that opens a results-list item ("2008: …"), a meeting "of June
 * 2020", a publication's year ("in a 2021 working paper"). A year counts only in such a phrase, so a
 * resolution's year ("1325 (2000)"), a law's number ("Law 1257 of 2008"), a target ("by 2030") and
 * a title ("the 2030 Agenda") do not; nor do the dates {@link OtherDates} tells apart (adoption,
 * crimes, a plan's span in its name).
 * Every quantifier is bounded: the cost is linear in the text.
 */
final class DatePhrases {
    /**
     * A month, in English, or in French, Spanish or Portuguese (which write it in lowercase, or
     * capitalised in Portugal's older spelling: "Março"), as a whole word: else "July 2015" could
     * read as "Jul", the Spanish "y" ("and") of a range, and "2015", July to December.
     */
    private static final String MONTH = "(?:(?:" + englishMonths() + ")(?:\\.|(?!\\p{L}))"
            + "|(?i:janvier|f[e\u00E9]vrier|mars|avril|mai|juin|juillet|ao[u\u00FB]t|septembre|octobre|novembre|d[e\u00E9]cembre"
            + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre"
            + "|janeiro|fevereiro|mar\u00E7o|maio|junho|julho|setembro|outubro|novembro|dezembro)(?!\\p{L}))";
    /**
     * The English months, whole or abbreviated to their first three letters ("Jan", "June", "Jun"),
     * and "Sept", the one abbreviation of four.
     */
    private static String englishMonths() {
        return "Sept|" + WordList.of("months").stream().map(m -> m.substring(0, 3) + "(?:" + m.substring(3) + ")?")
                .collect(java.util.stream.Collectors.joining("|"));
    }

    /** A year, perhaps as a fiscal year ("FY2020", "fiscal year 2020"). */
    private static final String YEAR = "(?:(?:FY|(?i:fiscal\\syear))\\s?)?(?:19[5-9]\\d|20\\d\\d)(?![\\d.,]\\d)(?!\\d)";
    /** The Spanish and Portuguese "de" between day, month and year: "2 de marzo de 2010", "12 de Junho de 2019". */
    private static final String DE = "(?:de\\s{1,3})?";
    /** A day, or a span or pair of days of one month: "25-26 November 2019", "8 and 9 March 2021", "13 et 14 décembre 2021", "1er". */
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th|er)?(?:(?:\\s{0,2}[-\u2013]\\s{0,2}|\\s{1,2}(?i:and|&|et|y|e)\\s{1,2})\\d{1,2}(?:st|nd|rd|th)?)?";
    /** One day of a month: "24", "1st". */
    private static final String ORDINAL = "\\d{1,2}(?:st|nd|rd|th|er)?(?!\\d)";
    /** The second day of a span of days: "-27", "–27th". */
    private static final String DAY_SPAN = "\\s{0,2}[-\u2013]\\s{0,2}" + ORDINAL;
    /** Words before a year that narrow it; a half or a quarter ("Q3") narrows the months too ({@link #narrowed}). */
    private static String qualifier(String name) {
        return "(?:(?i:early|mid|late|the\\s(?:beginning|start|end)\\sof|the\\syear"
                + "|the\\s(?<p" + name + ">first|second|third|fourth|last)\\s(?<u" + name + ">half|quarter)\\sof)[\\s-]{1,3}"
                + "|(?<q" + name + ">Q[1-4])\\s{1,3})?";
    }
    /** More years of a list before its last: "in 2017, 2018 and 2019". */
    private static final String MORE_YEARS = "(?:\\s{0,2},\\s{0,3}(?:19[5-9]\\d|20\\d\\d)(?!\\d)){0,8}(?:,(?=\\s{0,3}and\\b))?";
    /**
     * Between the two dates of a range, in English, French, Spanish or Portuguese. A word must stand
     * alone, as a month must: no letters of another word are read as "y" (Spanish "and"), "e"
     * (Portuguese "and") or "a".
     */
    private static final String RANGE_GAP = "\\s{0,3}(?:[-\u2010-\u2015/]|(?<!\\p{L})(?i:to|and|&|until|till|through|et|y|e|a|\u00E0|au|hasta|at\u00E9)(?!\\p{L}))\\s{0,3}";
    /** A day of the week before a date, in English, French, Spanish or Portuguese. */
    private static final String WEEKDAY = "(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi"
            + "|samedi|dimanche|lunes|martes|mi[e\u00E9]rcoles|jueves|viernes|s[a\u00E1]bado|domingo|segunda-feira|ter[c\u00E7]a-feira"
            + "|quarta-feira|quinta-feira|sexta-feira)(?!\\p{L})";
    /** The bracket that opens a reporting period's dates: "the reporting period (1 July 2019 to 30 June 2020)". */
    private static final String PERIOD_BRACKET = "(?<=(?i:period)\\s{0,3}\\(\\s{0,2})";
    private static final Pattern PHRASE = Pattern.compile(
            // between DATE and DATE; the first may leave its year to the second ("between January and December 2014",
            // "between 1 July and 31 December 2008")
            // "between late November 2016 and January 2017"; a clause may part the two ("between October 2008, when it
            // replaced UNIOSIL, and March 2014")
            "\\b(?i:between|entre)\\s{1,3}" + qualifier("a") + "(?:" + date("a") + "|(?:" + DAY + "\\s{1,3}" + DE + ")?(?<ma2>" + MONTH + "))"
            + "(?<aside>,\\s{1,3}[^,.;:\\d()]{3,80},)?\\s{1,3}(?i:and|et|y|e)\\s{1,3}" + qualifier("b") + date("b")
            // from DATE to DATE, likewise; a report "covering 30 November 2018 to 15 May 2019" too, and a reporting
            // "period (1 July 2019 to 30 June 2020)"
            + "|(?:\\b(?i:from|de|du|desde|covering)\\s{1,3}|" + PERIOD_BRACKET + ")(?:" + qualifier("c") + date("c") + "|(?<mc2>" + MONTH + "))" + RANGE_GAP + qualifier("d") + date("d")
            // from DAY (MONTH) to DAY MONTH YEAR: a span of days ("From 24 to 27 August 2015", "from 3 March to 5 April 2016")
            + "|(?:\\b(?i:from|du|desde|del)\\s{1,3}|" + PERIOD_BRACKET + ")" + ORDINAL + "(?:\\s{1,3}" + DE + "(?<mk2>" + MONTH + "))?" + RANGE_GAP
            + ORDINAL + "\\s{1,3}" + DE + "(?<mk>" + MONTH + "),?\\s{1,3}" + DE + "(?<yk>" + YEAR + ")"
            // DAY–DAY MONTH YEAR or MONTH DAY–DAY, YEAR, standing alone: a span of days dates an event
            + "|(?<![\\w/(\u2013-])(?:" + ORDINAL + DAY_SPAN + "\\s{1,3}(?<ml>" + MONTH + ")|(?<ml2>" + MONTH + ")\\s{1,3}"
            + ORDINAL + DAY_SPAN + "),?\\s{1,3}(?<yl>" + YEAR + ")"
            // since DATE: a period still open
            + "|\\b(?i:since|as\\sof|starting\\sin|beginning\\sin|depuis|desde)\\s{1,3}" + qualifier("e") + date("e")
            // from MONTH YEAR with no end after it: a period still open ("ran the shelter from October 2007 in two
            // provinces"); a year alone after "from" is as often where figures come from ("data from 2015"), so not that
            + "|\\b(?i:from|desde|\u00E0\\spartir\\sde|a\\spartir\\sde)\\s{1,3}(?<mw>" + MONTH + "),?\\s{1,3}" + DE + "(?<yw>" + YEAR + ")"
            + "(?!" + RANGE_GAP + "(?:\\d|" + MONTH + "))"
            // in DATE and/to/– DATE, or in 2021-22
            + "|\\b(?i:in|during|throughout|over|for|within|en|em|durante|pendant)\\s{1,3}(?:(?i:the\\s(?:(?:years?|period|biennium)\\s)?))?" + qualifier("f")
            + "(?:" + date("f") + "|(?<mf2>" + MONTH + "))" + MORE_YEARS + "(?:" + RANGE_GAP + date("g")
            // a two-digit second year only after a dash or slash: "in 2021-22", never "in 2011, and 60 women"
            + "|\\s{0,3}[-\u2010-\u2015/]\\s{0,3}(?<yg2>\\d{2})(?!\\d))"
            // in DATE
            // in DATE, on a weekday and DATE ("Le vendredi 13 juillet 2007"), between two days of one month ("Between 17 and
            // 26 April 2018": the day pair is the date's)
            + "|\\b(?i:in\\sthe\\scourse\\sof|in|during|throughout|on|en|em|durante|pendant|el|le"
            // "Les 13 et 14 décembre 2021": the article of a pair of days
            + "|les(?=\\s{1,3}\\d{1,2}\\s{1,2}et\\s)"
            + "|(?:between|entre)(?=\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?\\s{1,2}(?:and|et|y|e|&)\\s{1,2}\\d))\\s{1,3}"
            + "(?:" + WEEKDAY + ",?\\s{1,3})?" + qualifier("h") + date("h") + "(?!\\s{0,3}[-\u2013/]\\s{0,3}\\d)"
            // a full Romance date after Portuguese "a" or "no dia", Spanish "el día" ("on"): "A 9 de Outubro de 2012, …",
            // "no dia 25 de novembro de 2019"; both "de" are needed, so no English "a" is read as one
            + "|(?<=(?:\\b[Aa]|\\b(?i:no\\s{1,3}dia|el\\s{1,3}d[i\u00ED]a))\\s{1,3})" + ORDINAL + "\\s{1,3}de\\s{1,3}(?<mr>" + MONTH + ")\\s{1,3}de\\s{1,3}(?<yr>" + YEAR + ")"
            // the month named as such: "au début du mois d'août 2022", "en el mes de julio de 2019"
            + "|(?<=\\b(?i:mois|mes)\\s{1,3}(?:de\\s{1,3}|d['\u2019]))(?<mo>" + MONTH + ")\\s{1,3}" + DE + "(?<yo>" + YEAR + ")"
            // the meeting or session "of June 2020"
            + "|(?<=\\b(?i:meetings?|sessions?)\\s{1,3})(?i:of)\\s{1,3}" + date("n") + "(?!\\s{0,3}[-\u2013/]\\s{0,3}\\d)"
            // a year as the adjective of a publication: "In a 2021 working paper", "in its 2019 annual report"
            + "|\\b(?i:in|under)\\s{1,3}(?i:a|an|its|their|his|her|the)\\s{1,3}(?<yt>" + YEAR + ")(?=\\s{1,3}(?:[\\p{L}-]{1,20}\\s{1,3})?"
            + "(?i:paper|report|study|survey|assessment|review|evaluation|book|publication|brief|note|edition|analysis|audit)s?\\b)"
            // a full date set off by a comma: a dateline ("BERLIN, 25 May 2023 –"), the end of a speech's title line
            // ("…, Vientiane, 24 November 2023"), an apposition ("On Human Rights Day, 10 December 2019, it …")
            + "|(?<=,\\s{1,3})(?:" + ORDINAL + "\\s{1,3}" + DE + "(?<ms>" + MONTH + ")|(?<ms2>" + MONTH + ")\\s{1,3}" + ORDINAL + ",?)"
            + "\\s{1,3}" + DE + "(?<ys>" + YEAR + ")(?=\\s{0,3}(?:[,\u2013\u2014-]|$))"
            // the date that opens an item of a results list: "2008: drafted the first plan", "2014–2015: prepared …"
            + "|^" + date("u") + "(?:\\s{0,3}[-\u2010-\u2015]\\s{0,3}" + date("v") + ")?(?=\\s{0,2}:)"
            // DATE – DATE, standing alone
            + "|(?<![\\w/(\u2013-])" + date("i") + "\\s{0,3}[-\u2010-\u2015]\\s{0,3}" + date("j") + "(?![\\w/)])");

    /** A date: a year, perhaps after a month (and a day), in groups {@code m<name>} and {@code y<name>}. */
    private static String date(String name) {
        return "(?:(?:" + DAY + "\\s{1,3}" + DE + ")?(?<m" + name + ">" + MONTH + "),?\\s{1,3}" + DE + "(?:" + DAY + ",?\\s{1,3})?)?(?<y" + name + ">" + YEAR + ")";
    }
    private static final Pattern LEADING_WORDS = Pattern.compile(
            "^(?i:between|from|covering|of|since|as\\sof|starting\\sin|beginning\\sin|in\\sthe\\scourse\\sof|in|during|throughout|over|for|within|on"
                    + "|entre|de|du|del|desde|depuis|\u00E0\\spartir\\sde|a\\spartir\\sde|en|em|durante|pendant|el|les|le)\\s{1,3}");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s{1,3}(?:[a-z-]{1,20}\\s{1,3})?([a-z]{1,20})\\b");
    private static final java.util.Set<String> COUNTED = java.util.Set.of(
            "households", "schools", "women", "girls", "men", "boys", "people", "persons", "participants", "survivors",
            "cases", "communities", "villages", "families", "children", "students", "officers", "officials",
            "members", "beneficiaries", "workers", "victims", "adolescents", "youth", "refugees", "migrants");

    private DatePhrases() {}

    /** The date phrases of {@code text[from, to)}, in text order, with offsets into {@code text}. */
    static List<Period> find(String text, int from, int to) {
        List<Period> found = new ArrayList<>();
        Matcher m = PHRASE.matcher(text).region(from, to);
        while (m.find()) {
            if (OtherDates.at(text, from, to, m.start(), m.end()))
                continue;
            Period p = period(m, text);
            if (p != null && !beforeACountedNoun(m, text, to))
                found.add(p);
        }
        return found;
    }

    /** "in 2000 households" counts households, not a year: a bare year before such a noun is a number. */
    private static boolean beforeACountedNoun(Matcher m, String text, int to) {
        // A sentence that opens "In 2016 club members …" is dated: only a year inside a sentence may be a count.
        if (m.group("yh") == null || m.group("mh") != null || Character.isUpperCase(text.charAt(m.start())))
            return false;
        Matcher next = NEXT_WORD.matcher(text).region(m.end(), Math.min(to, m.end() + 40));
        return next.lookingAt() && COUNTED.contains(next.group(1));
    }

    private static Period period(Matcher m, String text) {
        YearMonth first;
        YearMonth last;
        if (m.group("yb") != null) {
            last = narrowed(m, "b", end(m.group("mb"), m.group("yb")), false);
            first = m.group("ya") != null ? narrowed(m, "a", start(m.group("ma"), m.group("ya")), true)
                    : start(m.group("ma2"), m.group("yb"));
        } else if (m.group("yd") != null) {
            last = narrowed(m, "d", end(m.group("md"), m.group("yd")), false);
            first = m.group("yc") != null ? narrowed(m, "c", start(m.group("mc"), m.group("yc")), true)
                    : start(m.group("mc2"), m.group("yd"));
        } else if (m.group("ye") != null) {
            first = narrowed(m, "e", start(m.group("me"), m.group("ye")), true);
            last = null;
        } else if (m.group("yw") != null) {
            first = start(m.group("mw"), m.group("yw"));
            last = null;
        } else if (m.group("yf") != null || m.group("mf2") != null) {
            // "in June and July 2019": the first month takes the year of the second.
            if (m.group("mf2") != null && m.group("yg") == null)
                return null;
            first = m.group("yf") != null ? narrowed(m, "f", start(m.group("mf"), m.group("yf")), true)
                    : start(m.group("mf2"), m.group("yg"));
            if (m.group("yg") != null) {
                last = end(m.group("mg"), m.group("yg"));
            } else {
                // "2021-22": the century of the first year.
                last = YearMonth.of(first.getYear() / 100 * 100 + Integer.parseInt(m.group("yg2")), 12);
            }
        } else if (m.group("yh") != null) {
            first = narrowed(m, "h", start(m.group("mh"), m.group("yh")), true);
            last = narrowed(m, "h", end(m.group("mh"), m.group("yh")), false);
        } else if (m.group("yk") != null) {
            last = end(m.group("mk"), m.group("yk"));
            first = start(m.group("mk2") != null ? m.group("mk2") : m.group("mk"), m.group("yk"));
        } else if (m.group("yr") != null) {
            first = start(m.group("mr"), m.group("yr"));
            last = end(m.group("mr"), m.group("yr"));
        } else if (m.group("yo") != null) {
            first = start(m.group("mo"), m.group("yo"));
            last = end(m.group("mo"), m.group("yo"));
        } else if (m.group("yn") != null) {
            first = start(m.group("mn"), m.group("yn"));
            last = end(m.group("mn"), m.group("yn"));
        } else if (m.group("yt") != null) {
            first = start(null, m.group("yt"));
            last = end(null, m.group("yt"));
        } else if (m.group("ys") != null) {
            String month = m.group("ms") != null ? m.group("ms") : m.group("ms2");
            first = start(month, m.group("ys"));
            last = end(month, m.group("ys"));
        } else if (m.group("yu") != null) {
            first = start(m.group("mu"), m.group("yu"));
            last = m.group("yv") != null ? end(m.group("mv"), m.group("yv")) : end(m.group("mu"), m.group("yu"));
        } else if (m.group("yl") != null) {
            String month = m.group("ml") != null ? m.group("ml") : m.group("ml2");
            first = start(month, m.group("yl"));
            last = end(month, m.group("yl"));
        } else {
            first = start(m.group("mi"), m.group("yi"));
            last = end(m.group("mj"), m.group("yj"));
        }
        if (last != null && last.isBefore(first))
            return null;
        String words = m.group("aside") == null ? text.substring(m.start(), m.end())
                : text.substring(m.start(), m.start("aside")) + text.substring(m.end("aside"), m.end());
        String label = m.group("yt") != null ? m.group("yt") : LEADING_WORDS.matcher(words).replaceFirst("");
        // "in the 2018–2019 biennium" is labelled by its years
        if (label.startsWith("the ") && label.length() > 4 && Character.isDigit(label.charAt(4)))
            label = label.substring(4);
        return new Period(label, first, last, m.start(), m.end());
    }

    /**
     * The first or last month of the half or quarter of a year that a qualifier names ("the first
     * half of 2021" is January to June); the month unchanged where it names none, or a month is given.
     */
    private static YearMonth narrowed(Matcher m, String name, YearMonth month, boolean first) {
        String part = m.group("p" + name);
        String quarter = m.group("q" + name);
        if (part == null && quarter == null || m.group("m" + name) != null)
            return month;
        if (quarter != null) {
            int q = quarter.charAt(1) - '1';
            return month.withMonth(first ? q * 3 + 1 : q * 3 + 3);
        }
        int size = m.group("u" + name).equalsIgnoreCase("half") ? 6 : 3;
        int index = switch (part.toLowerCase(Locale.ROOT)) {
            case "first" -> 0; case "second" -> 1; case "third" -> 2; case "fourth" -> 3;
            default -> 12 / size - 1;
        };
        if (index * size >= 12)
            return month;
        return month.withMonth(first ? index * size + 1 : index * size + size);
    }

    /** The year's digits, without a fiscal year's "FY". */
    private static int year(String year) {
        return Integer.parseInt(year.substring(year.length() - 4));
    }

    private static YearMonth start(String month, String year) {
        return YearMonth.of(year(year), month == null ? 1 : month(month));
    }

    private static YearMonth end(String month, String year) {
        return YearMonth.of(year(year), month == null ? 12 : month(month));
    }

    /** A month's number from its English, French, Spanish or Portuguese name, whole or abbreviated. */
    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("juil"))
            return 7;
        if (n.startsWith("juin"))
            return 6;
        return switch (n.substring(0, 3)) {
            case "jan", "ene" -> 1; case "feb", "f\u00E9v", "fev" -> 2; case "mar" -> 3; case "apr", "avr", "abr" -> 4;
            case "may", "mai" -> 5; case "jun" -> 6; case "jul" -> 7; case "aug", "ao\u00FB", "aou", "ago" -> 8;
            case "sep", "set" -> 9; case "oct", "out" -> 10; case "nov" -> 11; case "dec", "d\u00E9c", "dic", "dez" -> 12;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
