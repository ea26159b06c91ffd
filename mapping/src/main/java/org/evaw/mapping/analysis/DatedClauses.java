package org.evaw.mapping.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a sentence that dates two parts of its work into clauses, one per date: "In 2020 a course
 * was launched, and in 2023 ICAO issued a manual", "its 31st meeting was held on 10 March 2016 and
 * its 32nd on 9 March 2017", "to Lima in March 2017 and to Quito in June 2017". A clause starts at the "and" (or ";") that leads to a later date of
 * another span; a sentence with one date, or dates that only extend a span, stays whole.
 */
final class DatedClauses {
    /** The words between the clause's "and" and its date: ", and in", " and its 32nd on", "; in". */
    private static final Pattern BEFORE_DATE = Pattern.compile(
            "(?:(?:[,;]\\s{0,3}|\\s{1,3})and|;)\\s{1,3}(?:(?:its|their|the|a)\\s{1,3}[\\p{L}\\p{N}-]{1,20}\\s{1,3}"
                    // "spread to Lima in March 2017 and to Quito in June 2017": a second place, then its date
                    + "|(?:to|in|at)\\s{1,3}\\p{Lu}[\\p{L}-]{1,20}\\s{1,3})?"
                    + "(?:(?:in|on|from|during|between|since)\\s{1,3})?$");
    private static final int LOOK_BEHIND = 40;

    private DatedClauses() {}

    /** The clauses of {@code sentence} ({@code [start, end)} in {@code text}), in text order. */
    static List<int[]> of(String text, int[] sentence) {
        List<Period> dates = DatePhrases.find(text, sentence[0], sentence[1]);
        List<int[]> clauses = new ArrayList<>();
        int start = sentence[0];
        Period previous = null;
        for (Period p : dates) {
            if (previous != null && !p.sameSpan(previous) && p.start() > start) {
                String before = text.substring(Math.max(start, p.start() - LOOK_BEHIND), p.start());
                var m = BEFORE_DATE.matcher(before);
                if (m.find()) {
                    int cut = p.start() - before.length() + m.start();
                    // The "and" or ";" opens the new clause: skip the comma and spaces before it.
                    while (cut < p.start() && (text.charAt(cut) == ',' || Character.isWhitespace(text.charAt(cut))))
                        cut++;
                    if (cut > start) {
                        clauses.add(new int[] {start, cut});
                        start = cut;
                    }
                }
            }
            previous = p;
        }
        clauses.add(new int[] {start, sentence[1]});
        return clauses;
    }
}
