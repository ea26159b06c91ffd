package org.evaw.ontology;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * What the loader's delta has done to the ranks of one ranking of a kept order (the whole order,
 * or one part of a parted order) since it was made, so that a row put in or taken out costs a
 * few writes, not a new rank for every row below it. A ranking made whole holds the ranks 1…
 * {@code made} ({@code xsd:integer}); a row taken out later leaves its rank recorded
 * ({@code removed}); a row put in later takes an {@code xsd:decimal} rank strictly between its
 * neighbours' and records it ({@code inserted}). So the rows' ranks still sort in the order's
 * order (a query that sorts by rank is right as it is), and the position of a row from 1 is its
 * rank's count of made ranks at or below it, less the removed ones, plus the inserted ones: a page
 * reads the few records and asks for the exact ranks of its positions. A ranking that holds no
 * records (none stated: it was made whole since) is {@link #NONE}: position and rank agree.
 * Immutable; the loader makes a new one per change.
 */
public final class RankChanges {
    /** A ranking whose ranks were all made whole: the rank of position p is p. */
    public static final RankChanges NONE = new RankChanges(Long.MAX_VALUE, new long[0], new BigDecimal[0]);

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final long made;
    private final long[] removed;
    private final BigDecimal[] inserted;

    private RankChanges(long made, long[] removed, BigDecimal[] inserted) {
        this.made = made;
        this.removed = removed;
        this.inserted = inserted;
    }

    /**
     * The records of a ranking that was made holding {@code made} rows: the made ranks taken out
     * since and the ranks put in since (each an exact rank as the summary states it).
     */
    public static RankChanges of(long made, List<Node> removed, List<Node> inserted) {
        long[] out = removed.stream().mapToLong(n -> ((Number) n.getLiteralValue()).longValue()).sorted().distinct().toArray();
        BigDecimal[] in = inserted.stream().map(RankChanges::value).sorted().distinct().toArray(BigDecimal[]::new);
        return new RankChanges(made, out, in);
    }

    /** Whether the ranking holds records (it was changed since it was made). */
    public boolean any() {
        return made != Long.MAX_VALUE;
    }

    /** How many rows the ranking was made with; {@link Long#MAX_VALUE} for {@link #NONE}. */
    public long made() {
        return made;
    }

    /** How many records it holds: past a bound the loader makes its ranks whole again. */
    public int records() {
        return removed.length + inserted.length;
    }

    /** How many rows it holds now, for a ranking that holds records. */
    public long rows() {
        return made - removed.length + inserted.length;
    }

    /** The made ranks taken out, as the summary states them. */
    public List<Node> removedRanks() {
        return Arrays.stream(removed).mapToObj(SummaryOrders::rank).toList();
    }

    /** The ranks put in, as the summary states them. */
    public List<Node> insertedRanks() {
        return Arrays.stream(inserted).map(RankChanges::term).toList();
    }

    /** The position from 1 of the row whose rank is {@code rank}. */
    public long position(Node rank) {
        BigDecimal x = value(rank);
        long floor = x.setScale(0, RoundingMode.FLOOR).longValueExact();
        long madeAtOrBelow = Math.max(0, Math.min(floor, made));
        return madeAtOrBelow - atOrBelow(removed, floor) + atOrBelow(inserted, x);
    }

    /** The rank of the row at {@code position} (from 1), if the ranking holds that many rows. */
    public Optional<Node> rank(long position) {
        List<Node> one = ranks(position, position);
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /**
     * The ranks of the rows at positions {@code from} … {@code to} (from 1), in order; fewer when
     * the ranking ends before {@code to}. Runs of made ranks before {@code from} are counted, not
     * walked, so a late page costs the records, not its offset.
     */
    public List<Node> ranks(long from, long to) {
        List<Node> ranks = new ArrayList<>();
        long position = 0, next = 1;
        int r = 0, i = 0;
        while (position < to) {
            // The made ranks from next up to the next inserted rank, in stretches between removed ones.
            long runEnd = i < inserted.length ? Math.min(made, inserted[i].setScale(0, RoundingMode.FLOOR).longValueExact()) : made;
            while (next <= runEnd && position < to) {
                boolean cut = r < removed.length && removed[r] <= runEnd;
                long stretchEnd = cut ? removed[r] - 1 : runEnd;
                long length = stretchEnd - next + 1;
                long skipped = Math.max(0, Math.min(length, from - 1 - position));
                position += skipped;
                for (long k = next + skipped; k <= stretchEnd && position < to; k++) {
                    position++;
                    ranks.add(SummaryOrders.rank(k));
                }
                if (position >= to)
                    break;
                next = stretchEnd + 1;
                if (cut) {
                    next++;
                    r++;
                }
            }
            if (position >= to)
                break;
            if (i < inserted.length) {
                if (++position >= from)
                    ranks.add(term(inserted[i]));
                i++;
            } else {
                break;
            }
        }
        return ranks;
    }

    /** These records with the row ranked {@code rank} taken out. */
    public RankChanges without(Node rank) {
        BigDecimal x = value(rank);
        int at = Arrays.binarySearch(inserted, x);
        if (at >= 0) {
            BigDecimal[] in = new BigDecimal[inserted.length - 1];
            System.arraycopy(inserted, 0, in, 0, at);
            System.arraycopy(inserted, at + 1, in, at, inserted.length - at - 1);
            return new RankChanges(made, removed, in);
        }
        long k = x.longValueExact();
        long[] out = Arrays.copyOf(removed, removed.length + 1);
        out[removed.length] = k;
        Arrays.sort(out);
        return new RankChanges(made, out, inserted);
    }

    /** These records with a row put in ranked {@code rank} (one of {@link #between}). */
    public RankChanges with(Node rank) {
        BigDecimal[] in = Arrays.copyOf(inserted, inserted.length + 1);
        in[inserted.length] = value(rank);
        Arrays.sort(in);
        return new RankChanges(made, removed, in);
    }

    /** Records of a ranking of {@code made} rows from now on, none changed yet. */
    public static RankChanges madeWith(long made) {
        return new RankChanges(made, new long[0], new BigDecimal[0]);
    }

    /**
     * A decimal rank strictly between {@code below} and {@code above} (the neighbours' ranks;
     * empty past either end), never a whole number, so that it is never a made rank, present or
     * removed: the middle, or one past the end.
     */
    public Node between(Optional<Node> below, Optional<Node> above) {
        BigDecimal rank;
        if (below.isPresent() && above.isPresent()) {
            BigDecimal low = value(below.get()), high = value(above.get());
            if (low.compareTo(high) >= 0)
                throw new IllegalArgumentException("no rank between " + low + " and " + high);
            rank = low.add(high).divide(TWO);
            while (whole(rank))
                rank = low.add(rank).divide(TWO);
        } else if (above.isPresent()) {
            rank = value(above.get()).subtract(BigDecimal.ONE);
            if (whole(rank))
                rank = rank.subtract(HALF);
        } else if (below.isPresent()) {
            rank = value(below.get()).add(BigDecimal.ONE);
            if (whole(rank))
                rank = rank.add(HALF);
        } else {
            rank = BigDecimal.valueOf(made == Long.MAX_VALUE ? 0 : made).add(HALF);
        }
        return term(rank);
    }

    /** The order of two ranks as the summary states them (an integer and a decimal compare by value). */
    public static int compare(Node a, Node b) {
        return value(a).compareTo(value(b));
    }

    /** The value of a rank as the summary states it (an integer or a decimal). */
    public static BigDecimal value(Node rank) {
        Object value = rank.getLiteralValue();
        if (value instanceof BigDecimal d)
            return d;
        if (value instanceof Number n)
            return new BigDecimal(n.toString());
        throw new IllegalArgumentException("not a rank: " + rank);
    }

    /** A decimal rank as the summary states it: one lexical form per value, so an exact lookup finds it. */
    public static Node term(BigDecimal rank) {
        String lexical = rank.stripTrailingZeros().toPlainString();
        return NodeFactory.createLiteralDT(lexical.contains(".") ? lexical : lexical + ".0", XSDDatatype.XSDdecimal);
    }

    private static boolean whole(BigDecimal x) {
        return x.stripTrailingZeros().scale() <= 0;
    }

    private static int atOrBelow(long[] sorted, long x) {
        int at = Arrays.binarySearch(sorted, x);
        if (at >= 0) {
            while (at + 1 < sorted.length && sorted[at + 1] == x)
                at++;
            return at + 1;
        }
        return -at - 1;
    }

    private static int atOrBelow(BigDecimal[] sorted, BigDecimal x) {
        int at = Arrays.binarySearch(sorted, x);
        return at >= 0 ? at + 1 : -at - 1;
    }
}
