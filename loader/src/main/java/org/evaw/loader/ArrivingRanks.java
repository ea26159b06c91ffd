package org.evaw.loader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import org.apache.jena.graph.Node;
import org.evaw.ontology.RankChanges;

/**
 * The ranks of the rows one change puts in a ranking of a kept order, and the ranking's records
 * after it: each arriving row takes a decimal rank between its new neighbours' ({@link
 * RankChanges#between}), except the rows that come back in the same order among the rows that
 * stay, which keep theirs and record nothing (the longest run of them whose held ranks rise, each
 * still between the rows that stay around its place): a change that rewrites the rows of a
 * country (485 of them at 10^5 pages) and moves few would otherwise record two ranks for each.
 */
record ArrivingRanks(Node[] ranks, RankChanges after) {

    /**
     * The ranks of the arriving rows named {@code arriving} (in the order's order), arriving row
     * {@code i} going before the {@code at[i]}-th of the {@code staying} rows that stay (from 0);
     * the rows {@code leaving} taken out, at the positions {@code gone}; {@code heldRanks} the ranks
     * the leaving rows hold. Nothing when the rows around a place are out of order (a store
     * written by a jar that read ranks as positions): no rank lies between them.
     */
    static Optional<ArrivingRanks> of(RankedRows held, List<Node> arriving, long[] at, long staying, long[] gone,
            Collection<Node> leaving, Map<Node, Node> heldRanks) {
        RankChanges before = held.changes().any() ? held.changes() : RankChanges.madeWith(held.count());
        int n = at.length;
        Node[] ranks = new Node[n];
        List<Optional<Node>> stayingBelow = new ArrayList<>(n), stayingAbove = new ArrayList<>(n);
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Optional<Node> below = at[i] == 0 ? Optional.empty() : held.rank(stayingPosition(at[i] - 1, gone));
            Optional<Node> above = at[i] == staying ? Optional.empty() : held.rank(stayingPosition(at[i], gone));
            if ((at[i] > 0 && below.isEmpty()) || (at[i] < staying && above.isEmpty()))
                return Optional.empty();
            stayingBelow.add(below);
            stayingAbove.add(above);
            Node was = heldRanks.get(arriving.get(i));
            if (was != null && below.map(b -> RankChanges.compare(b, was) < 0).orElse(true)
                    && above.map(a -> RankChanges.compare(was, a) < 0).orElse(true))
                eligible.add(i);
        }
        boolean[] kept = new boolean[n];
        Set<Node> keptRanks = new HashSet<>();
        for (int i : risingRun(eligible, i -> RankChanges.value(heldRanks.get(arriving.get(i))))) {
            kept[i] = true;
            ranks[i] = heldRanks.get(arriving.get(i));
            keptRanks.add(ranks[i]);
        }
        // The others between the row before (an arriving row in the same place, or the row that
        // stays before it) and the next kept arriving row in the same place, or the row that stays after.
        for (int i = 0; i < n; i++) {
            if (kept[i])
                continue;
            Optional<Node> below = i > 0 && at[i - 1] == at[i] ? Optional.of(ranks[i - 1]) : stayingBelow.get(i);
            Optional<Node> above = stayingAbove.get(i);
            for (int j = i + 1; j < n && at[j] == at[i]; j++)
                if (kept[j]) {
                    above = Optional.of(ranks[j]);
                    break;
                }
            if (below.isPresent() && above.isPresent() && RankChanges.compare(below.get(), above.get()) >= 0)
                return Optional.empty();
            ranks[i] = before.between(below, above);
        }
        RankChanges after = before;
        for (Node observation : leaving)
            if (!keptRanks.contains(heldRanks.get(observation)))
                after = after.without(heldRanks.get(observation));
        for (int i = 0; i < n; i++)
            if (!kept[i])
                after = after.with(ranks[i]);
        return Optional.of(new ArrivingRanks(ranks, after));
    }

    /** The position of the row that stays at index {@code k} (from 0), the rows at the positions {@code gone} (ascending) left out. */
    static long stayingPosition(long k, long[] gone) {
        long position = k + 1;
        for (long g : gone) {
            if (g > position)
                break;
            position++;
        }
        return position;
    }

    /** The longest run of {@code indexes}, in their order, whose values strictly rise (patience sorting). */
    private static List<Integer> risingRun(List<Integer> indexes, IntFunction<BigDecimal> value) {
        int n = indexes.size();
        int[] tails = new int[n], previous = new int[n];
        int length = 0;
        for (int k = 0; k < n; k++) {
            BigDecimal v = value.apply(indexes.get(k));
            int low = 0, high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (value.apply(indexes.get(tails[middle])).compareTo(v) < 0)
                    low = middle + 1;
                else
                    high = middle;
            }
            previous[k] = low > 0 ? tails[low - 1] : -1;
            tails[low] = k;
            if (low == length)
                length++;
        }
        List<Integer> run = new ArrayList<>();
        for (int k = length == 0 ? -1 : tails[length - 1]; k >= 0; k = previous[k])
            run.add(0, indexes.get(k));
        return run;
    }
}
