package org.evaw.loader.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a file may go before it is refused: the bytes a compressed file may inflate to, how many
 * times its compressed size it may inflate (per gzip member and overall, once past
 * {@link #RATIO_FLOOR}), and how deeply its blank nodes, collections, graphs or JSON objects may
 * nest. Jena's parsers recurse on nesting, so a file nested deeper than a thread's stack would end
 * the whole load with a {@code StackOverflowError}; it is refused first, by line and column.
 *
 * @param maxInflatedBytes the most bytes a compressed file may inflate to
 * @param maxInflationRatio the most times its compressed size a file, or a gzip member, may inflate
 * @param maxNesting the deepest nesting of a Turtle, TriG or JSON-LD file
 */
public record ReadLimits(long maxInflatedBytes, int maxInflationRatio, int maxNesting) {
    /**
     * 64 GiB inflated (a build of 10^5 pages is about 25 GB of N-Quads), 100 times (N-Quads shrink
     * about 16 times in gzip), 500 levels (Jena's Turtle and JSON-LD parsers overflow a 1 MiB
     * thread stack at about 1 100).
     */
    public static final ReadLimits DEFAULT = new ReadLimits(64L << 30, 100, 500);
    /** Inflation up to this many bytes is allowed whatever the ratio: small files of repeated lines compress very well. */
    public static final long RATIO_FLOOR = 8L << 20;

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMGT]?)(I?B)?");

    public ReadLimits {
        if (maxInflatedBytes < 1 || maxInflationRatio < 1 || maxNesting < 1)
            throw new IllegalArgumentException("read limits must be positive: " + maxInflatedBytes + ", "
                    + maxInflationRatio + ", " + maxNesting);
    }

    public ReadLimits withMaxInflatedBytes(long bytes) {
        return new ReadLimits(bytes, maxInflationRatio, maxNesting);
    }

    public ReadLimits withMaxInflationRatio(int ratio) {
        return new ReadLimits(maxInflatedBytes, ratio, maxNesting);
    }

    public ReadLimits withMaxNesting(int levels) {
        return new ReadLimits(maxInflatedBytes, maxInflationRatio, levels);
    }

    /** A size as people write it: {@code 512M}, {@code 64G}, {@code 2TiB}, {@code 1048576} (binary units). */
    public static long parseSize(String text) {
        Matcher m = SIZE.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches())
            throw new IllegalArgumentException("not a size: '" + text + "' (a number of bytes, or with K, M, G or T)");
        int shift = switch (m.group(2)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            case "T" -> 40;
            default -> 0;
        };
        long n = Long.parseLong(m.group(1));
        if (n > (Long.MAX_VALUE >> shift))
            throw new IllegalArgumentException("size too large: " + text);
        return n << shift;
    }

    /** A size for messages: {@code 64 GiB}, {@code 512 MiB}, or bytes. */
    static String describe(long bytes) {
        String[] units = {"TiB", "GiB", "MiB", "KiB"};
        for (int i = 0; i < units.length; i++) {
            int shift = 40 - 10 * i;
            if (bytes >= (1L << shift) && bytes % (1L << shift) == 0)
                return (bytes >> shift) + " " + units[i];
        }
        return bytes + " bytes";
    }
}
