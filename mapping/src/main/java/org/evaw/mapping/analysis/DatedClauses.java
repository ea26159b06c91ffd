package org.evaw.mapping.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a sentence that dates two parts of its work into clauses, one per date: "In 2020 a course
 * was launched, and in 2023 ICAO issued a manual", "its 31st meeting was held on 10 March 2016 and
 * its 32nd on 9 March 2017", "2008: the Secretariat held a workshop from 16 to 18 January 2008". A
 * clause starts at the "and" a few words before a later date of another span, else at the last colon
 * or semicolon between the two dates; a sentence with one date, or dates that only extend a span,
 * stays whole.
 */
final class DatedClauses {
    /**
     * The words between the clause's "and" and its date: ", and in", " and its 32nd on", " and to
     * Vienna in", ", and 60 women in Mali in": a few words that share the verb of the clause before.
     * A verb of their own ("and the commission established in 2008", "and was set up in 2008") makes
     * the date that verb's, perhaps of a body's founding, so they do not cut.
     */
    private static final Pattern BEFORE_DATE = Pattern.compile(
            "(?:[,;]\\s{0,3}|\\s{1,3})and\\s{1,3}(?:(?![\\p{L}'\u2019-]{1,20}ed\\b|(?:is|are|was|were|been|be|has|have|had|set|began|became|took|met|held|ran|made|led|won|gave|went|came)\\b)"
                    + "[\\p{L}\\p{N}'\u2019-]{1,20}\\s{1,3}){0,4}$");
    private static final int LOOK_BEHIND = 60;

    private DatedClauses() {}

    /** The clauses of {@code sentence} ({@code [start, end)} in {@code text}), in text order. */
    static List<int[]> of(String text, int[] sentence) {
        List<Period> dates = DatePhrases.find(text, sentence[0], sentence[1]);
        List<int[]> clauses = new ArrayList<>();
        int start = sentence[0];
        Period previous = null;
        for (Period p : dates) {
            if (previous != null && !p.sameSpan(previous) && p.start() > start) {
                int cut = cut(text, Math.max(start, previous.end()), p.start());
                if (cut >= 0) {
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

    /**
     * Where the clause of the date at {@code date} opens, after {@code from}: its "and", else the last
     * colon or semicolon between the two dates ("2008: the Secretariat held a workshop from 16 to 18
     * January 2008", "began in 2011 and has recognized work before: at the ceremony on 10 December
     * 2019 …"); -1 if none.
     */
    private static int cut(String text, int from, int date) {
        String before = text.substring(Math.max(from, date - LOOK_BEHIND), date);
        var and = BEFORE_DATE.matcher(before);
        if (and.find())
            return date - before.length() + and.start();
        for (int i = date - 1; i >= from; i--) {
            // A semicolon opens the clause after it; a colon stays with the date it follows ("2008:").
            if (text.charAt(i) == ';')
                return i;
            if (text.charAt(i) == ':')
                return i + 1;
        }
        return -1;
    }
}
