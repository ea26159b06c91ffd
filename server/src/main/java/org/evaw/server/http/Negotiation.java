package org.evaw.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Content negotiation as RFC 9110 section 12.5.1 has it: each offered media type takes the
 * quality of the most specific {@code Accept} range that matches it ({@code text/turtle} before
 * {@code text/*} before {@code *}{@code /*}), a quality of 0 means "not acceptable", and among the
 * acceptable the highest quality wins, the server's order breaking ties. Jena's
 * {@code AcceptList.match} takes the highest quality of any matching range and accepts a match of
 * quality 0, so {@code Accept: text/turtle;q=0} got Turtle.
 */
public final class Negotiation {
    private Negotiation() {}

    private record Range(String type, String subtype, double q, int order) {
        /** 3 for type/subtype, 2 for type/*, 1 for *, 0 when it does not match. */
        int specificity(String offerType, String offerSubtype) {
            if (type.equals("*"))
                return 1;
            if (!type.equals(offerType))
                return 0;
            if (subtype.equals("*"))
                return 2;
            return subtype.equals(offerSubtype) ? 3 : 0;
        }
    }

    /**
     * The best of {@code offers} (media types without parameters, the server's preferred first) for
     * an {@code Accept} header; the first offer when there is no header; empty when nothing offered
     * is acceptable.
     *
     * @throws IllegalArgumentException when the header cannot be read
     */
    public static Optional<String> choose(String accept, List<String> offers) {
        if (offers.isEmpty())
            return Optional.empty();
        if (accept == null || accept.isBlank())
            return Optional.of(offers.get(0));
        List<Range> ranges = parse(accept);
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            String[] t = offer.toLowerCase(Locale.ROOT).split("/", 2);
            if (t.length != 2)
                continue;
            double q = quality(ranges, t[0], t[1]);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the client gives one media type: that of the most specific matching range, else 0. */
    public static double quality(String accept, String offer) {
        String[] t = offer.toLowerCase(Locale.ROOT).split("/", 2);
        return t.length == 2 ? quality(parse(accept), t[0], t[1]) : 0;
    }

    private static double quality(List<Range> ranges, String type, String subtype) {
        int bestSpecificity = 0;
        double q = 0;
        for (Range r : ranges) {
            int s = r.specificity(type, subtype);
            if (s > bestSpecificity) {
                bestSpecificity = s;
                q = r.q;
            }
        }
        return q;
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        int order = 0;
        for (String item : accept.split(",")) {
            String[] parts = item.split(";");
            String mediaRange = parts[0].trim().toLowerCase(Locale.ROOT);
            if (mediaRange.isEmpty())
                continue;
            String[] t = mediaRange.split("/", 2);
            if (t.length != 2 || t[0].isEmpty() || t[1].isEmpty() || (t[0].equals("*") && !t[1].equals("*")))
                throw new IllegalArgumentException("Accept: not a media range: " + mediaRange);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2).trim());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("Accept: not a quality: " + p);
                    }
                    if (q < 0 || q > 1 || Double.isNaN(q))
                        throw new IllegalArgumentException("Accept: quality out of range: " + p);
                }
            }
            ranges.add(new Range(t[0], t[1], q, order++));
        }
        return ranges;
    }
}
