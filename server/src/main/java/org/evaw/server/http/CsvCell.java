package org.evaw.server.http;

import java.util.regex.Pattern;

/**
 * One cell of a CSV file the server writes, made safe to open in a spreadsheet and quoted as
 * RFC 4180 asks. A spreadsheet runs a cell that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return as a formula (CSV injection, which a label in the graph or
 * a source passage could carry); as OWASP advises, such a cell gets a single quote in front, which
 * the spreadsheet shows as text. A cell that is a plain decimal number ({@code -3}, {@code +1.5},
 * {@code -2e3}) is left as it is: a spreadsheet reads it as that number and runs nothing, and the
 * quote would turn a negative count into text.
 */
public final class CsvCell {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvCell() {}

    /** The cell as written in the file: made inert, then quoted if it needs to be. */
    public static String field(String text) {
        return quoted(inert(text));
    }

    /** The text with a single quote in front if a spreadsheet would take it for a formula. */
    public static String inert(String text) {
        if (text.isEmpty())
            return text;
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /** RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled. */
    public static String quoted(String text) {
        if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r'))
            return '"' + text.replace("\"", "\"\"") + '"';
        return text;
    }
}
