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
    /** A date: a year, perhaps after a month (and a day). Groups: month, year. */
    private static final String DATE = "(?:(?:" + DAY + "\\s{1,3})?(" + MONTH + ")\\s{1,3}(?:" + DAY + ",?\\s{1,3})?)?(" + YEAR + ")";
    private static final String QUALIFIER = "(?:(?i:early|mid|late|the\\s(?:first|second)\\shalf\\sof|the\\s(?:beginning|start|end)\\sof)[\\s-]{1,3})?";
    private static final String RANGE_GAP = "\\s{0,3}(?:[-\u2010-\u2015/]|(?i:to|and|&|until|till|through))\\s{0,3}";
    private static final Pattern PHRASE = Pattern.compile(
            // 1-4: between DATE and DATE
            "\\b(?i:between)\\s{1,3}" + DATE + "\\s{1,3}(?i:and)\\s{1,3}" + DATE
            // 5-8: from DATE to DATE
            + "|\\b(?i:from)\\s{1,3}" + DATE + RANGE_GAP + DATE
            // 9-10: since DATE (open)
            + "|\\b(?i:since|as\\sof|starting\\sin|beginning\\sin)\\s{1,3}" + QUALIFIER + DATE
            // 11-14: in DATE and/to/– DATE
            + "|\\b(?i:in|during|throughout|over|for|within)\\s{1,3}(?:(?i:the\\s(?:years?|period|biennium)\\s))?" + QUALIFIER
            + DATE + RANGE_GAP + "(?:" + DATE + "|(\\d{2})(?!\\d))"
            // 16-17: in DATE
            + "|\\b(?i:in|during|throughout|on)\\s{1,3}" + QUALIFIER + DATE + "(?!\\s{0,3}[-\u2013/]\\s{0,3}\\d)"
            // 18-21: DATE – DATE, standing alone
            + "|(?<![\\w/(\u2013-])" + DATE + "\\s{0,3}[-\u2010-\u2015]\\s{0,3}" + DATE + "(?![\\w/)])");
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
        if (m.group(17) == null || m.group(16) != null)
            return false;
        Matcher next = NEXT_WORD.matcher(text).region(m.end(), Math.min(to, m.end() + 40));
        return next.lookingAt() && COUNTED.contains(next.group(1));
    }

    private static Period period(Matcher m, String text) {
        YearMonth first;
        YearMonth last;
        if (m.group(2) != null) {
            first = start(m.group(1), m.group(2));
            last = end(m.group(3), m.group(4));
        } else if (m.group(6) != null) {
            first = start(m.group(5), m.group(6));
            last = end(m.group(7), m.group(8));
        } else if (m.group(10) != null) {
            first = start(m.group(9), m.group(10));
            last = null;
        } else if (m.group(12) != null) {
            first = start(m.group(11), m.group(12));
            if (m.group(14) != null) {
                last = end(m.group(13), m.group(14));
            } else {
                // "2021-22": the century of the first year.
                int year = first.getYear() / 100 * 100 + Integer.parseInt(m.group(15));
                last = YearMonth.of(year, 12);
            }
        } else if (m.group(17) != null) {
            first = start(m.group(16), m.group(17));
            last = end(m.group(16), m.group(17));
        } else {
            first = start(m.group(18), m.group(19));
            last = end(m.group(20), m.group(21));
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
