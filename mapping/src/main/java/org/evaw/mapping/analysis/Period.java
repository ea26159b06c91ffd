package org.evaw.mapping.analysis;

import java.time.YearMonth;

import org.evaw.mapping.page.DatedEntry;

/**
 * When an activity took place, to the month: a dated entry's reporting period, or a date phrase of
 * prose ("In 2021", "between July 2016 and December 2017"). {@code to} is null for a period still
 * open ("since 2019"). {@code start} and {@code end} locate the words that give it in the page text.
 */
public record Period(String label, YearMonth from, YearMonth to, int start, int end) {
    public Period {
        if (label == null || from == null || (to != null && to.isBefore(from)))
            throw new IllegalArgumentException("bad period " + label + " " + from + ".." + to);
    }

    static Period of(DatedEntry entry) {
        return new Period(entry.label(), entry.from(), entry.to(), entry.start(), entry.end());
    }

    public boolean isOpen() { return to == null; }

    /** Whether the two cover the same months, whatever words gave them. */
    public boolean sameSpan(Period other) {
        return from.equals(other.from) && java.util.Objects.equals(to, other.to);
    }
}
