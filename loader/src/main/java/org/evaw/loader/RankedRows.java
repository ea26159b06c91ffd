package org.evaw.loader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.RankChanges;
import org.evaw.ontology.SummaryCubes;
import org.evaw.ontology.SummaryOrders;

/**
 * The held rows of one ranking of a kept order (the whole order, or one part of a parted order),
 * looked up by position (from 1) while one change is written, each looked up once: a position's
 * rank is the position itself, or, where the delta has put rows in or taken them out since the
 * ranking was made, the rank its {@link RankChanges} give. A rank is found through the
 * index of (graph, predicate, object), so a lookup reads only the rows of every order and part at
 * that rank; the ranking's length is found by searching for its last rank, so moving a few rows
 * never reads the whole order (which may hold 10⁶ rows). A ranking whose rows are looked up more
 * than a few times (many rows put in at once, each place found by halving) is read whole instead,
 * once, through the cell the fewest of the summary's rows state (its data set, or a value of its
 * partition): looked up one by one, each rank would meet the rows of that rank in every order and
 * every part of every parted order.
 */
final class RankedRows {
    private static final Node RANK = EVAW.rank.asNode();
    private static final Node DATA_SET = SummaryCubes.dataSet.asNode();
    /** The lookups of a part's rows one by one after which it is read whole. */
    private static final int LOOKUPS_BEFORE_READING_WHOLE = 64;

    private final DatasetGraph dataset;
    private final Node summary;
    /** The cells (property and value) a row of the ranking states: its data set's, and its part's for a parted order. */
    private final List<Node[]> cells = new ArrayList<>();
    private final Map<Long, Optional<Node>> seen = new HashMap<>();
    private final RankChanges changes;
    private TreeMap<Long, Node> whole;

    /** The rows of {@code order}, or for a parted order of the part whose partition takes the values {@code part}. */
    RankedRows(DatasetGraph dataset, Node summary, SummaryOrders.Order order, List<Node> part) {
        this.dataset = dataset;
        this.summary = summary;
        for (int i = 0; i < order.partition().size(); i++)
            cells.add(new Node[] {order.cell(order.partition().get(i)), part.get(i)});
        // Last: a part's cells are counted first when the narrowest is looked for, and are fewer than its order's rows.
        cells.add(new Node[] {DATA_SET, order.dataSet()});
        changes = StoredRankChanges.read(dataset, summary, order, part);
    }

    /** What the delta has done to the ranking's ranks since it was made whole. */
    RankChanges changes() {
        return changes;
    }

    /** The rank, as the summary states it, of the row at {@code position} (the position itself for a ranking made whole). */
    Optional<Node> rank(long position) {
        return changes.rank(position);
    }

    /** The position of a row of the ranking ranked {@code rank}. */
    long position(Node rank) {
        return changes.position(rank);
    }

    /** The observation at position {@code rank}, if the ranking holds one. */
    Optional<Node> at(long rank) {
        if (whole == null && seen.size() >= LOOKUPS_BEFORE_READING_WHOLE)
            whole = readWhole();
        if (whole != null)
            return Optional.ofNullable(whole.get(rank));
        return seen.computeIfAbsent(rank, this::find);
    }

    /**
     * How many rows the ranking holds: its records say, or, made whole, its ranks run from 1 to it without a gap, so it is the last rank
     * held, found by doubling a bound and halving between it and the last rank known to be held.
     */
    long count() {
        if (changes.any())
            return changes.rows();
        if (whole != null)
            return whole.isEmpty() ? 0 : whole.lastKey();
        long held = 0, bound = 1;
        while (at(bound).isPresent()) {
            held = bound;
            bound *= 2;
        }
        while (bound - held > 1) {
            long middle = (held + bound) >>> 1;
            if (at(middle).isPresent())
                held = middle;
            else
                bound = middle;
        }
        return held;
    }

    /** Every row of the ranking, read whole. */
    Iterable<Node> all() {
        if (whole == null)
            whole = readWhole();
        return whole.values();
    }

    private Optional<Node> find(long position) {
        Optional<Node> rank = rank(position);
        if (rank.isEmpty())
            return Optional.empty();
        var ranked = dataset.find(summary, Node.ANY, RANK, rank.get());
        while (ranked.hasNext()) {
            Node observation = ranked.next().getSubject();
            if (ours(observation))
                return Optional.of(observation);
        }
        return Optional.empty();
    }

    private boolean ours(Node observation) {
        for (Node[] cell : cells)
            if (!dataset.contains(summary, observation, cell[0], cell[1]))
                return false;
        return true;
    }

    private TreeMap<Long, Node> readWhole() {
        TreeMap<Long, Node> rows = new TreeMap<>();
        Node[] narrowest = narrowest();
        dataset.find(summary, Node.ANY, narrowest[0], narrowest[1]).forEachRemaining(q -> {
            Node observation = q.getSubject();
            if (!ours(observation))
                return;
            Iterator<Quad> rank = dataset.find(summary, observation, RANK, Node.ANY);
            if (rank.hasNext())
                rows.put(position(rank.next().getObject()), observation);
        });
        return rows;
    }

    /** The ranking's cell the fewest triples of the summary state (its data set's, for an order of one list), each counted no further than the fewest so far. */
    private Node[] narrowest() {
        Node[] narrowest = null;
        long fewest = Long.MAX_VALUE;
        for (Node[] cell : cells) {
            long n = 0;
            Iterator<Quad> stated = dataset.find(summary, Node.ANY, cell[0], cell[1]);
            while (stated.hasNext() && n < fewest) {
                stated.next();
                n++;
            }
            if (n < fewest) {
                fewest = n;
                narrowest = cell;
            }
        }
        return narrowest;
    }
}
