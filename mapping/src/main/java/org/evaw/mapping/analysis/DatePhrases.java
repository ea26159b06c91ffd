package org.evaw.mapping.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date phrases of prose that say when something was done: "In 2021", "in June 2015",
 * "in 2022 and 2023", "during 2021–2022", "from 2021 to 2022", "between July 2016 and December
 * 2017", "since 2019". A year counts only after such a preposition, so a resolution's year
 * ("1325 (2000)"), a law's number ("Law 1257 of 2008"), a target ("by 2030") and a title ("the
 * 2030 Agenda") do not; nor does the date a law or convention was adopted ("adopted in 2019").
 * Every quantifier is bounded: the cost is linear in the text.
 */
final class DatePhrases {
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String YEAR = "(?:19[5-9]\\d|20\\d\\d)(?![\\d.,]\\d)(?!\\d)";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String QUALIFIER = "(?:(?i:early|mid|late|the\\s(?:first|second)\\shalf\\sof|the\\s(?:beginning|start|end)\\sof)[\\s-]{1,3})?";
    private static final String RANGE_GAP = "\\s{0,3}(?:[-\u2010-\u2015/]|(?i:to|and|&|until|till|through))\\s{0,3}";
    private static final Pattern PHRASE = Pattern.compile(
            // between DATE and DATE; the first may leave its year to the second ("between January and December 2014")
            "\\b(?i:between)\\s{1,3}(?:" + date("a") + "|(?<ma2>" + MONTH + "))\\s{1,3}(?i:and)\\s{1,3}" + date("b")
            // from DATE to DATE, likewise
            + "|\\b(?i:from)\\s{1,3}(?:" + date("c") + "|(?<mc2>" + MONTH + "))" + RANGE_GAP + date("d")
            // since DATE: a period still open
            + "|\\b(?i:since|as\\sof|starting\\sin|beginning\\sin)\\s{1,3}" + QUALIFIER + date("e")
            // in DATE and/to/– DATE, or in 2021-22
            + "|\\b(?i:in|during|throughout|over|for|within)\\s{1,3}(?:(?i:the\\s(?:years?|period|biennium)\\s))?" + QUALIFIER
            + date("f") + RANGE_GAP + "(?:" + date("g") + "|(?<yg2>\\d{2})(?!\\d))"
            // in DATE
            + "|\\b(?i:in|during|throughout|on)\\s{1,3}" + QUALIFIER + date("h") + "(?!\\s{0,3}[-\u2013/]\\s{0,3}\\d)"
            // DATE – DATE, standing alone
            + "|(?<![\\w/(\u2013-])" + date("i") + "\\s{0,3}[-\u2010-\u2015]\\s{0,3}" + date("j") + "(?![\\w/)])");

    /** A date: a year, perhaps after a month (and a day), in groups {@code m<name>} and {@code y<name>}. */
    private static String date(String name) {
        return "(?:(?:" + DAY + "\\s{1,3})?(?<m" + name + ">" + MONTH + ")\\s{1,3}(?:" + DAY + ",?\\s{1,3})?)?(?<y" + name + ">" + YEAR + ")";
    }
    /** A date after these words is when a law or treaty was made, not when the work was done. */
    private static final Pattern ADOPTION = Pattern.compile(
            "\\b(?:adopted|passed|enacted|ratified|promulgated|amended|entered\\sinto\\sforce|came\\sinto\\sforce|in\\sforce)\\b[^.;]{0,40}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_WORDS = Pattern.compile(
            "^(?i:between|from|since|as\\sof|starting\\sin|beginning\\sin|in|during|throughout|over|for|within|on)\\s{1,3}");
    private static final int LOOK_BEHIND = 60;
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
            String before = text.substring(Math.max(from, m.start() - LOOK_BEHIND), m.start());
            if (ADOPTION.matcher(before).find())
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
            last = end(m.group("mb"), m.group("yb"));
            first = m.group("ya") != null ? start(m.group("ma"), m.group("ya")) : start(m.group("ma2"), m.group("yb"));
        } else if (m.group("yd") != null) {
            last = end(m.group("md"), m.group("yd"));
            first = m.group("yc") != null ? start(m.group("mc"), m.group("yc")) : start(m.group("mc2"), m.group("yd"));
        } else if (m.group("ye") != null) {
            first = start(m.group("me"), m.group("ye"));
            last = null;
        } else if (m.group("yf") != null) {
            first = start(m.group("mf"), m.group("yf"));
            if (m.group("yg") != null) {
                last = end(m.group("mg"), m.group("yg"));
            } else {
                // "2021-22": the century of the first year.
                last = YearMonth.of(first.getYear() / 100 * 100 + Integer.parseInt(m.group("yg2")), 12);
            }
        } else if (m.group("yh") != null) {
            first = start(m.group("mh"), m.group("yh"));
            last = end(m.group("mh"), m.group("yh"));
        } else {
            first = start(m.group("mi"), m.group("yi"));
            last = end(m.group("mj"), m.group("yj"));
        }
        if (last != null && last.isBefore(first))
            return null;
        String label = LEADING_WORDS.matcher(text.substring(m.start(), m.end())).replaceFirst("");
        return new Period(label, first, last, m.start(), m.end());
    }

    private static YearMonth start(String month, String year) {
        return YearMonth.of(Integer.parseInt(year), month == null ? 1 : month(month));
    }

    private static YearMonth end(String month, String year) {
        return YearMonth.of(Integer.parseInt(year), month == null ? 12 : month(month));
    }

    private static int month(String name) {
        return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4;
            case "may" -> 5; case "jun" -> 6; case "jul" -> 7; case "aug" -> 8;
            case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; case "dec" -> 12;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
