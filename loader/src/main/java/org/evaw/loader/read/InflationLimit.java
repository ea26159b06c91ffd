package org.evaw.loader.read;

/**
 * Counts what a compressed input inflates to against {@link ReadLimits}: the whole file's inflated
 * bytes, and the ratio of inflated to compressed bytes of each part (a gzip member) and of the
 * whole. Past a limit it throws a {@link Refusal} saying which, so a decompression bomb is refused
 * after it has inflated at most the limit, not after it has filled the disk.
 */
final class InflationLimit {
    private final ReadLimits limits;
    private long inflated;

    InflationLimit(ReadLimits limits) {
        this.limits = limits;
    }

    /** Notes {@code n} more inflated bytes, of a part that has inflated {@code part} from {@code partCompressed} so far. */
    void inflated(long n, long part, long partCompressed, long compressed) {
        inflated += n;
        if (inflated > limits.maxInflatedBytes())
            throw new Refusal("inflates to more than " + ReadLimits.describe(limits.maxInflatedBytes())
                    + " (the limit: load --max-inflated-size); refused");
        check(part, partCompressed);
        check(inflated, compressed);
    }

    private void check(long out, long in) {
        if (out > ReadLimits.RATIO_FLOOR && out > (double) limits.maxInflationRatio() * Math.max(in, 1))
            throw new Refusal(String.format("inflates more than %d times its compressed size (%d bytes from %d; "
                    + "the limit: load --max-inflation-ratio): refused as a decompression bomb", limits.maxInflationRatio(), out, in));
    }

    long inflated() {
        return inflated;
    }
}
