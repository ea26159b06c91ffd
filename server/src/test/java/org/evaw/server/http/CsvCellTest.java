package org.evaw.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The CSV cell rule: a cell a spreadsheet would run as a formula gets a single quote in front, a
 * plain number stays a number, and RFC 4180 quoting still applies. Cases in {@code csv-cells.tsv}.
 */
class CsvCellTest {
    @ParameterizedTest(name = "[{index}] {2}")
    @CsvFileSource(resources = "/org/evaw/server/http/csv-cells.tsv", delimiter = '\t', quoteCharacter = '`', numLinesToSkip = 1,
            nullValues = {})
    void aCellIsMadeInertThenQuoted(String text, String written, String why) {
        assertEquals(unescape(written), CsvCell.field(unescape(text)), why);
    }

    /** The fixture writes a tab as \t, a carriage return as \r, a line feed as \n and nothing as (empty). */
    private static String unescape(String s) {
        return s.equals("(empty)") ? "" : s.replace("\\t", "\t").replace("\\r", "\r").replace("\\n", "\n");
    }
}
