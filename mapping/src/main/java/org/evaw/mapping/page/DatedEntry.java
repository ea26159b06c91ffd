package org.evaw.mapping.page;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dated entry header of the inventory, {@code Mar 2013 - Feb 2014 | UNODC} (or one month, {@code
 * Jun 2010 | UNDP}): the reporting period
 * and the name the page gives the reporting agency. {@code start}/{@code end} locate the header line.
 */
public record DatedEntry(YearMonth from, YearMonth to, String agencyName, int start, int end) {
    private static final String MONTH =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    /** A range of months, or one month alone ("Jun 2010 | UNDP": an entry of one month). */
    private static final Pattern HEADER = Pattern.compile(
            "^" + MONTH + "\\.?\\s+(\\d{4})(?:\\s*[-\u2013\u2014]\\s*" + MONTH + "\\.?\\s+(\\d{4}))?\\s*\\|\\s*(\\S.*?)\\s*$");
    /** A header is a date range and an agency's name: a longer line is text. */
    private static final int MAX_HEADER = 300;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** Parses a trimmed header line, or returns empty if the line is not a dated entry header. */
    public static Optional<DatedEntry> parse(String line, int start) {
        if (line.length() > MAX_HEADER)
            return Optional.empty();
        Matcher m = HEADER.matcher(line);
        if (!m.matches())
            return Optional.empty();
        YearMonth from = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
        YearMonth to = m.group(3) == null ? from : YearMonth.of(Integer.parseInt(m.group(4)), month(m.group(3)));
        if (to.isBefore(from))
            return Optional.empty();
        return Optional.of(new DatedEntry(from, to, m.group(5), start, start + line.length()));
    }

    private static int month(String name) {
        return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4;
            case "may" -> 5; case "jun" -> 6; case "jul" -> 7; case "aug" -> 8;
            case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; case "dec" -> 12;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A normalised label, {@code Mar 2013 - Feb 2014} ({@code Jun 2010} for one month), the same however the page spelt the months. */
    public String label() {
        return from.equals(to) ? LABEL.format(from) : LABEL.format(from) + " - " + LABEL.format(to);
    }
}
