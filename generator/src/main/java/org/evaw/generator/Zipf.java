package org.evaw.generator;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws from a list with Zipf weights (the first item most often, the {@code k}-th with weight
 * {@code 1/k^s}), as a few agencies, programmes and partners account for most of the inventory.
 */
final class Zipf<T> {
    private final List<T> items;
    private final double[] cumulative;

    Zipf(List<T> items, double exponent) {
        if (items.isEmpty())
            throw new IllegalArgumentException("nothing to draw from");
        this.items = items;
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int k = 0; k < items.size(); k++) {
            sum += 1.0 / Math.pow(k + 1, exponent);
            cumulative[k] = sum;
        }
    }

    T draw(SplittableRandom random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return items.get(i >= 0 ? i : Math.min(-i - 1, items.size() - 1));
    }
}
