package org.evaw.mapping.page;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How {@link DatedEntry} reads the inventory's dated entry headers. */
class DatedEntryTest {

    @Test
    void readsPeriodAgencyAndSpan() {
        String line = "Mar 2013 - Feb 2014 | UNODC";
        DatedEntry entry = DatedEntry.parse(line, 8709).orElseThrow();
        assertAll(
                () -> assertEquals(YearMonth.of(2013, 3), entry.from()),
                () -> assertEquals(YearMonth.of(2014, 2), entry.to()),
                () -> assertEquals("UNODC", entry.agencyName()),
                () -> assertEquals(8709, entry.start()),
                () -> assertEquals(8709 + line.length(), entry.end()),
                () -> assertEquals("Mar 2013 - Feb 2014", entry.label()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Mar 2010 - Sept 2010 | UNODC          ; 2010-03 ; 2010-09 ; UNODC
            Mar 2009 - Sep 2009 | UNODC           ; 2009-03 ; 2009-09 ; UNODC
            March 2013 - February 2014 | UN Women ; 2013-03 ; 2014-02 ; UN Women
            September 2009 - June 2010 | UNFPA    ; 2009-09 ; 2010-06 ; UNFPA
            Jul 2007 – Jan 2008 | UNODC           ; 2007-07 ; 2008-01 ; UNODC
            Jul 2007—Jan 2008|UNODC               ; 2007-07 ; 2008-01 ; UNODC
            Sept. 2010 - Dec. 2011 | UNDP         ; 2010-09 ; 2011-12 ; UNDP
            Jun 2015 - June 2015 | WHO            ; 2015-06 ; 2015-06 ; WHO
            Jun 2010 | UNDP                       ; 2010-06 ; 2010-06 ; UNDP
            February 2011 | IOM                   ; 2011-02 ; 2011-02 ; IOM
            """)
    void readsMonthsHoweverThePageSpellsThem(String line, String from, String to, String agency) {
        DatedEntry entry = DatedEntry.parse(line, 0).orElseThrow(() -> new AssertionError("not parsed: " + line));
        assertAll(
                () -> assertEquals(YearMonth.parse(from), entry.from()),
                () -> assertEquals(YearMonth.parse(to), entry.to()),
                () -> assertEquals(agency, entry.agencyName()));
    }

    @Test
    void rejectsAPeriodThatEndsBeforeItStarts() {
        assertAll(
                () -> assertTrue(DatedEntry.parse("Feb 2014 - Mar 2013 | UNODC", 0).isEmpty()),
                () -> assertTrue(DatedEntry.parse("Mar 2014 - Feb 2014 | UNODC", 0).isEmpty()));
    }

    @ParameterizedTest(name = "not a header: \"{0}\"")
    @ValueSource(strings = {
            "Mar 2013 - Feb 2014",
            "Mar 2013 - Feb 2014 |",
            "Mar 2013 - Feb 2014 |   ",
            "In March 2013 - Feb 2014 | UNODC",
            "Between July 2016 and December 2017, more than 70 activities were delivered.",
            "UNODC supported the 30th Session of the Commission (May 2023)",
            "Mar 13 - Feb 14 | UNODC",
            "Marc 2013 - Feb 2014 | UNODC",
            "Mar 2013 Feb 2014 | UNODC",
            "Mar 2013 |",
            "In Mar 2013 | UNODC",
            ""})
    void ignoresLinesThatAreNotHeaders(String line) {
        assertTrue(DatedEntry.parse(line, 0).isEmpty());
    }

    @Test
    void anEntryOfOneMonthIsLabelledByIt() {
        assertAll(
                () -> assertEquals("Jun 2010", DatedEntry.parse("June 2010 | UNDP", 0).orElseThrow().label()),
                () -> assertEquals("Jun 2010", DatedEntry.parse("Jun 2010 - June 2010 | UNDP", 0).orElseThrow().label()));
    }

    @Test
    void labelIsTheSameHoweverTheMonthsWereSpelt() {
        String label = DatedEntry.parse("Mar 2010 - Sept 2010 | UNODC", 0).orElseThrow().label();
        assertAll(
                () -> assertEquals(label, DatedEntry.parse("March 2010 - September 2010 | UNODC", 0).orElseThrow().label()),
                () -> assertEquals(label, DatedEntry.parse("Mar. 2010 – Sep 2010 | UNODC", 0).orElseThrow().label()),
                () -> assertTrue(label.matches("Mar 2010 - \\p{Lu}\\p{Ll}{2,3} 2010"), label),
                () -> assertEquals("Oct 2009 - Feb 2010",
                        DatedEntry.parse("October 2009 - February 2010 | UNODC", 0).orElseThrow().label()));
    }
}
