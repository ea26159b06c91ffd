package org.evaw.loader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Difference;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.tdb2.TDB2;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.RankChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.evaw.ontology.SummaryCubes;
import org.evaw.ontology.SummaryOrders;

/**
 * Writes the orders the summary keeps ({@link SummaryOrders}) inside the loader's write
 * transaction, after the rest of the summary: into a summary just computed ({@link #write}), or
 * over the orders it holds after a few graphs were replaced ({@link #apply}). There, the rows the
 * change can touch are found from each order's query ({@link OrderReach}) and made again alone
 * (the query with their identities as a VALUES block); if every one keeps its place (as many rows
 * about each identity as before, and each row between its neighbours by the query's ORDER BY, as
 * ARQ compares) only their changed cells are written, else they are taken out and put in their new
 * places, each with a rank between its new neighbours' that the ranking's {@link RankChanges}
 * record, no other row's rank rewritten ({@link #moved}); when a comparison cannot tell, or the
 * records grow past {@link #MOST_RANK_RECORDS}, the order is made again whole and the difference
 * written ({@link #remake}). A parted order's rows are followed so within each part the change
 * touches (a part whose rows cannot be is made again alone, {@link #remakeParts}). None holds an
 * order's triples in memory: they come a row at a time ({@link OrderRows}).
 */
final class KeptOrders {
    private static final Node DATA_SET = SummaryCubes.dataSet.asNode();
    private static final Node RANK = EVAW.rank.asNode();
    private static final Logger LOG = LoggerFactory.getLogger(KeptOrders.class);

    /** What {@link #apply} did with an order, for tests and benchmarks. */
    enum Outcome { UNTOUCHED, CELLS_REWRITTEN, ROWS_MOVED, PARTS_REMADE, REMADE }

    /**
     * The most records ({@link RankChanges}: ranks put in or taken out since the ranking was made)
     * a ranking may hold before the order, or the part of a parted order, is made again whole, its
     * ranks dense and its records dropped: each page read reads its ranking's records, so they are
     * kept few; making a part of 400 000 rows again (not measured at 10^5 pages, where re-ranking
     * such a part row by row took 51–62 s) then comes once in many one-page updates rather than at
     * every one (a page's new activity adds one record to each part it is in; rows that stay in
     * place add none).
     */
    static final long MOST_RANK_RECORDS = 1000;

    private KeptOrders() {}

    /**
     * Adds every order to {@code summary}, a summary graph of the TDB2 dataset that holds no order
     * yet: their rows found, then written index by index ({@link IndexOrderedWrites}), since they
     * are tens of millions of triples at 10^5 pages.
     */
    static void write(DatasetGraph dataset, Node summary) {
        long walkStart = System.nanoTime();
        try (WalkedOrders walked = WalkedOrders.of(dataset, summary); IndexOrderedWrites writes = new IndexOrderedWrites(dataset, summary)) {
            // One line per stage: where a bulk load's summary spends its time (BENCHMARKS.md reads them).
            LOG.info("kept orders: one walk of the store for the restated orders in {} ms", (System.nanoTime() - walkStart) / 1_000_000);
            for (SummaryOrders.Order order : SummaryOrders.ORDERS) {
                long start = System.nanoTime();
                long[] triples = {0};
                Consumer<Triple> add = t -> {
                    writes.add(t.getSubject(), t.getPredicate(), t.getObject());
                    triples[0]++;
                };
                if (walked.has(order))
                    walked.triples(order, add);
                else
                    OrderRows.each(dataset, order, summary, add);
                LOG.info("kept order {} ({}): {} triples found in {} ms", order.dataSet().getURI(), walked.has(order) ? "walked" : "query",
                        triples[0], (System.nanoTime() - start) / 1_000_000);
            }
            long start = System.nanoTime();
            long written = writes.write();
            LOG.info("kept orders: {} triples written, index by index, in {} ms", written, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The predicates of the page graphs' triples that can touch an order's row, or nothing if any can. */
    static Optional<Set<Node>> predicates(Node summary) {
        Set<Node> predicates = new HashSet<>();
        for (SummaryOrders.Order order : SummaryOrders.ORDERS) {
            Optional<Set<Node>> some = OrderReach.of(order, summary).flatMap(OrderReach::predicates);
            if (some.isEmpty())
                return Optional.empty();
            predicates.addAll(some.get());
        }
        return Optional.of(predicates);
    }

    /**
     * Brings the orders of a TDB2 dataset's summary graph {@code summary} up to date, the triples
     * {@code added} and {@code removed} (of the replaced graphs and of the summary) being what
     * changed in the union of graphs since they were ({@link UnionChange}); returns what was done with each order.
     */
    static Map<Node, Outcome> apply(DatasetGraph dataset, Node summary, Set<Triple> added, Set<Triple> removed) {
        return apply(dataset, summary, added, removed, MOST_RANK_RECORDS);
    }

    /**
     * {@link #apply}, an order (or a part of a parted order) made again whole when its ranking would
     * hold more than {@code mostRecords} records of ranks put in or taken out.
     */
    static Map<Node, Outcome> apply(DatasetGraph dataset, Node summary, Set<Triple> added, Set<Triple> removed, long mostRecords) {
        List<Triple> changed = new ArrayList<>(added);
        changed.addAll(removed);
        // The rows a change touches are joined to it by triples the store holds now or held before.
        Graph gone = GraphFactory.createDefaultGraph();
        removed.forEach(gone::add);
        Graph either = new Union(dataset.getUnionGraph(), gone);
        Graph come = GraphFactory.createDefaultGraph();
        added.forEach(come::add);
        States states = new States(either, new Difference(either, come), dataset.getUnionGraph());
        Map<Node, Outcome> outcomes = new LinkedHashMap<>();
        for (SummaryOrders.Order order : SummaryOrders.ORDERS) {
            long start = System.nanoTime();
            Outcome outcome = OrderReach.of(order, summary)
                    .flatMap(reach -> incrementally(dataset, summary, order, reach, changed, states, mostRecords))
                    .orElse(null);
            if (outcome == null) {
                remake(dataset, summary, order);
                outcome = Outcome.REMADE;
            }
            outcomes.put(order.dataSet(), outcome);
            LOG.debug("{}: {} in {} ms", order.dataSet().getURI(), outcome, (System.nanoTime() - start) / 1_000_000);
        }
        return outcomes;
    }

    /**
     * The rows the change touches made again: their cells rewritten where they are when each keeps
     * its place, else put in their new places ({@link #moved}); nothing if the change cannot be
     * followed to them.
     */
    private static Optional<Outcome> incrementally(DatasetGraph dataset, Node summary, SummaryOrders.Order order, OrderReach reach,
            Collection<Triple> changed, States states, long mostRecords) {
        long start = System.nanoTime();
        Optional<Set<List<Node>>> identities = reach.identities(changed, q -> select(states.either(), q), q -> {
            List<Binding> rows = select(states.before(), q);
            rows.addAll(select(states.after(), q));
            return rows;
        });
        LOG.debug("{}: {} identities reached in {} ms", order.dataSet().getURI(), identities.map(Set::size).orElse(-1),
                (System.nanoTime() - start) / 1_000_000);
        if (identities.isEmpty())
            return Optional.empty();
        if (identities.get().isEmpty())
            return Optional.of(Outcome.UNTOUCHED);
        if (order.partition().isEmpty())
            return follow(dataset, summary, order, reach, identities.get(), List.of(), mostRecords);
        // A parted order's rows are ranked within their parts (an identity starts with its part's
        // values): each part the change reaches is followed alone; a part whose rows cannot be
        // followed (a tie, or more moves than the bound) is made again alone.
        int k = order.partition().size();
        Map<List<Node>, Set<List<Node>>> byPart = new LinkedHashMap<>();
        for (List<Node> values : identities.get())
            byPart.computeIfAbsent(values.subList(0, k), p -> new LinkedHashSet<>()).add(values);
        Outcome done = Outcome.UNTOUCHED;
        for (Map.Entry<List<Node>, Set<List<Node>>> part : byPart.entrySet()) {
            Outcome outcome = follow(dataset, summary, order, reach, part.getValue(), part.getKey(), mostRecords).orElseGet(() -> {
                remakeParts(dataset, summary, order, reach, Set.of(part.getKey()));
                return Outcome.PARTS_REMADE;
            });
            if (outcome.compareTo(done) > 0)
                done = outcome;
        }
        return Optional.of(done);
    }

    /**
     * The rows about {@code identities} made again, in the ranking of the whole order or, for a
     * parted order, of the part whose partition takes the values {@code part}: their cells
     * rewritten where they are when each keeps its place, else put in their new places
     * ({@link #moved}); nothing if a comparison cannot tell or the ranking would hold more than {@code mostRecords} records.
     */
    private static Optional<Outcome> follow(DatasetGraph dataset, Node summary, SummaryOrders.Order order, OrderReach reach,
            Set<List<Node>> identities, List<Node> part, long mostRecords) {
        Query query = reach.restricted(identities, true);
        List<Var> identity = reach.identity();
        // The new rows about each identity, in the order's order, named as SummaryOrders names them.
        Map<String, List<Binding>> fresh = new LinkedHashMap<>();
        for (List<Node> values : identities)
            fresh.put(SummaryOrders.identityKey(identity, binding(identity, values)), new ArrayList<>());
        long start = System.nanoTime();
        List<Binding> read = select(dataset, query);
        LOG.debug("{}: {} rows read again in {} ms", order.dataSet().getURI(), read.size(), (System.nanoTime() - start) / 1_000_000);
        for (Binding row : read)
            fresh.computeIfAbsent(SummaryOrders.identityKey(identity, row), k -> new ArrayList<>()).add(row);
        RankedRows held = new RankedRows(dataset, summary, order, part);
        // The rows the identities hold now, by position, and their new rows, named as they will be.
        TreeMap<Long, Node> leaving = new TreeMap<>();
        Map<Node, Node> heldRanks = new HashMap<>();
        List<Map.Entry<Node, Binding>> arriving = new ArrayList<>();
        boolean sameRows = true;
        for (Map.Entry<String, List<Binding>> about : fresh.entrySet()) {
            List<Binding> rows = about.getValue();
            int rowsHeld = 0;
            for (int n = 1; ; n++) {
                Node observation = SummaryOrders.row(order, about.getKey(), n);
                Optional<Node> rank = rank(dataset, summary, observation);
                if (rank.isEmpty())
                    break;
                leaving.put(held.position(rank.get()), observation);
                heldRanks.put(observation, rank.get());
                rowsHeld = n;
            }
            sameRows &= rowsHeld == rows.size();
            for (int n = 1; n <= rows.size(); n++)
                arriving.add(Map.entry(SummaryOrders.row(order, about.getKey(), n), rows.get(n - 1)));
        }
        // Identities that had no row and have none (a page's document, reached by its title).
        if (leaving.isEmpty() && arriving.isEmpty())
            return Optional.of(Outcome.UNTOUCHED);
        Set<Var> known = new HashSet<>(identity);
        order.columns().forEach(c -> known.add(Var.alloc(c.variable())));
        List<SortCondition> conditions = query.getOrderBy();
        if (!sameRows)
            return moved(dataset, summary, order, part, held, leaving, heldRanks, arriving, conditions, known, mostRecords);
        // Each affected row at the rank it holds, with its new cells.
        TreeMap<Long, Binding> placed = new TreeMap<>();
        Map<Long, Node> observations = new HashMap<>();
        Map<Node, Long> ranks = new HashMap<>();
        leaving.forEach((rank, observation) -> ranks.put(observation, rank));
        for (Map.Entry<Node, Binding> row : arriving) {
            long rank = ranks.get(row.getKey());
            placed.put(rank, row.getValue());
            observations.put(rank, row.getKey());
        }
        for (Map.Entry<Long, Binding> at : placed.entrySet()) {
            long rank = at.getKey();
            for (long neighbour : new long[] {rank - 1, rank + 1}) {
                if (neighbour < 1)
                    continue;
                Binding other = placed.get(neighbour);
                Set<Var> otherKnown = known;
                if (other == null) {
                    Optional<Binding> heldRow = cells(dataset, summary, order, held.at(neighbour));
                    if (heldRow.isEmpty())
                        continue;
                    other = heldRow.get();
                    otherKnown = cellVariables(order);
                }
                int sign = neighbour < rank ? 1 : -1;
                if (sign * compare(conditions, other, otherKnown, at.getValue(), known) >= 0)
                    return moved(dataset, summary, order, part, held, leaving, heldRanks, arriving, conditions, known, mostRecords);
            }
        }
        placed.forEach((rank, row) -> {
            List<Triple> triples = new ArrayList<>();
            SummaryOrders.rowTriples(order, observations.get(rank), heldRanks.get(observations.get(rank)), row, triples::add);
            write(dataset, summary, triples, new HashSet<>());
        });
        return Optional.of(Outcome.CELLS_REWRITTEN);
    }

    /** The parts of a parted order whose partition takes the values {@code parts} made again alone, the difference written. */
    private static void remakeParts(DatasetGraph dataset, Node summary, SummaryOrders.Order order, OrderReach reach, Set<List<Node>> parts) {
        List<Var> partition = order.partition().stream().map(Var::alloc).toList();
        // The parts' rows as they are held, read before the new ones are written.
        List<Node> held = new ArrayList<>();
        for (List<Node> part : parts)
            new RankedRows(dataset, summary, order, part).all().forEach(held::add);
        // The rows wait in OrderRows' bag until the query is done: the store is not written while the query reads it.
        RowWriter rows = new RowWriter(dataset, summary);
        OrderRows.each(dataset, order, reach.restricted(partition, parts, false), rows);
        rows.finish();
        for (Node observation : held)
            if (!rows.kept.contains(key(observation)))
                dataset.deleteAny(summary, observation, Node.ANY, Node.ANY);
        // Made again whole: the parts' ranks are dense again.
        for (List<Node> part : parts)
            StoredRankChanges.drop(dataset, summary, order, part);
    }

    /**
     * The rows of the changed identities taken out of the order ({@code leaving}, by position, their
     * ranks {@code heldRanks}) and their new rows ({@code arriving}, in the order's order) put where
     * they belong among the rows that stay, each place found by halving the positions and comparing
     * with the held rows. No other row moves: a row put in takes a decimal rank between its
     * neighbours' and a row taken out leaves its rank, both recorded in the ranking's
     * {@link RankChanges}, which a page reads to know its positions' ranks (a new row at the top of
     * a part of 400 000 rows re-ranked every one of them: 51–62 s of a one-page update at 10^5).
     * Nothing (the order, or the part, is made again whole, its ranks dense and its records dropped)
     * when a comparison cannot tell (a held row keeps no identity, and ARQ may break a tie by it)
     * or when the ranking would hold more than {@code mostRecords} records.
     */
    private static Optional<Outcome> moved(DatasetGraph dataset, Node summary, SummaryOrders.Order order, List<Node> part, RankedRows held,
            TreeMap<Long, Node> leaving, Map<Node, Node> heldRanks, List<Map.Entry<Node, Binding>> arriving, List<SortCondition> conditions,
            Set<Var> known, long mostRecords) {
        long[] gone = leaving.keySet().stream().mapToLong(Long::longValue).toArray();
        long staying = held.count() - gone.length;
        Set<Var> heldKnows = cellVariables(order);
        // The arriving rows in the order's order, so that their places come one after the other: they
        // come by identity (the pairs a change touched), and unsorted they made the order again whole.
        arriving = new ArrayList<>(arriving);
        arriving.sort((a, b) -> compare(conditions, a.getValue(), known, b.getValue(), known));
        // Where each arriving row goes: before the at[i]-th row that stays (counted from 0).
        long[] at = new long[arriving.size()];
        for (int i = 0; i < at.length; i++) {
            Binding row = arriving.get(i).getValue();
            long low = 0, high = staying;
            while (low < high) {
                long middle = (low + high) >>> 1;
                Optional<Binding> other = cells(dataset, summary, order, held.at(ArrivingRanks.stayingPosition(middle, gone)));
                if (other.isEmpty())
                    return Optional.empty();
                int c = compare(conditions, row, known, other.get(), heldKnows);
                if (c == 0)
                    return Optional.empty();
                if (c < 0)
                    high = middle;
                else
                    low = middle + 1;
            }
            at[i] = low;
            if (i > 0 && (at[i] < at[i - 1] || compare(conditions, arriving.get(i - 1).getValue(), known, row, known) >= 0))
                return Optional.empty();
        }
        // The ranks, all found before anything is written.
        Optional<ArrivingRanks> placed = ArrivingRanks.of(held, arriving.stream().map(Map.Entry::getKey).toList(), at, staying, gone,
                leaving.values(), heldRanks);
        if (placed.isEmpty() || placed.get().after().records() > mostRecords)
            return Optional.empty();
        Node[] ranks = placed.get().ranks();
        RankChanges after = placed.get().after();
        // Every rank known: now the writes.
        leaving.values().forEach(o -> dataset.deleteAny(summary, o, Node.ANY, Node.ANY));
        for (int i = 0; i < at.length; i++) {
            List<Triple> triples = new ArrayList<>();
            SummaryOrders.rowTriples(order, arriving.get(i).getKey(), ranks[i], arriving.get(i).getValue(), triples::add);
            write(dataset, summary, triples, new HashSet<>());
        }
        StoredRankChanges.write(dataset, summary, order, part, held.changes(), after);
        LOG.debug("{}: {} rows out, {} in, {} rank records", order.dataSet().getURI(), gone.length, at.length, after.records());
        return Optional.of(Outcome.ROWS_MOVED);
    }

    /**
     * ARQ's order of two rows by the order's sort conditions (variables or expressions of them) ({@link BindingComparator#compareNodesRaw},
     * descending ones reversed), or 0 when a condition reads a variable one of them does not know
     * (a held row's identity) before they differ, or when they do not differ at all: ARQ then
     * breaks the tie by variables the rows do not keep.
     */
    private static int compare(List<SortCondition> conditions, Binding a, Set<Var> aKnows, Binding b, Set<Var> bKnows) {
        for (SortCondition c : conditions) {
            Set<Var> reads = c.getExpression().getVarsMentioned();
            if (!aKnows.containsAll(reads) || !bKnows.containsAll(reads))
                return 0;
            int x = BindingComparator.compareNodesRaw(value(a, c.getExpression()), value(b, c.getExpression()));
            if (x != 0)
                return c.getDirection() == Query.ORDER_DESCENDING ? -x : x;
        }
        return 0;
    }

    /** A sort key's value for a row, or {@code null} where it has none (unbound, or an error), as ARQ sorts it. */
    private static NodeValue value(Binding row, Expr key) {
        try {
            return key.eval(row, new FunctionEnvBase());
        } catch (ExprEvalException e) {
            return null;
        }
    }

    /** The variables of an order's cells: what a held row knows (an identity that is no cell is not kept). */
    private static Set<Var> cellVariables(SummaryOrders.Order order) {
        Set<Var> cells = new HashSet<>();
        order.columns().forEach(c -> cells.add(Var.alloc(c.variable())));
        return cells;
    }

    /** A held row's cells as a binding (its identity is not kept). */
    private static Optional<Binding> cells(DatasetGraph dataset, Node summary, SummaryOrders.Order order, Optional<Node> row) {
        return row.map(observation -> {
            BindingBuilder b = BindingBuilder.create();
            for (SummaryOrders.Column c : order.columns()) {
                var cell = dataset.find(summary, observation, c.property(), Node.ANY);
                if (cell.hasNext())
                    b.add(Var.alloc(c.variable()), cell.next().getObject());
            }
            return b.build();
        });
    }

    /** A row's rank as the summary states it, if the row is held. */
    private static Optional<Node> rank(DatasetGraph dataset, Node summary, Node observation) {
        var found = dataset.find(summary, observation, RANK, Node.ANY);
        return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
    }

    /** The binding of {@code vars} to {@code values}, a {@code null} value leaving its variable unbound. */
    static Binding binding(List<Var> vars, List<Node> values) {
        BindingBuilder b = BindingBuilder.create();
        for (int i = 0; i < vars.size(); i++)
            if (values.get(i) != null)
                b.add(vars.get(i), values.get(i));
        return b.build();
    }

    private static List<Binding> select(Graph graph, Query query) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.graph(graph).query(query).build()) {
            exec.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static List<Binding> select(DatasetGraph dataset, Query query) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
            exec.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    /**
     * The store as a change leaves it ({@code after}: its union of graphs), as it was
     * ({@code before}: after with the triples the change took out and without those it put in, exact
     * because both are taken at the union's level) and both at once ({@code either}: after, and the
     * triples the change took out).
     */
    private record States(Graph either, Graph before, Graph after) {}

    /** Makes an order again from the whole store and writes the difference. */
    static void remake(DatasetGraph dataset, Node summary, SummaryOrders.Order order) {
        RowWriter rows = new RowWriter(dataset, summary);
        OrderRows.each(dataset, order, summary, rows);
        rows.finish();
        List<Node> gone = new ArrayList<>();
        dataset.find(summary, Node.ANY, DATA_SET, order.dataSet()).forEachRemaining(q -> {
            if (!rows.kept.contains(key(q.getSubject())))
                gone.add(q.getSubject());
        });
        for (Node observation : gone)
            dataset.deleteAny(summary, observation, Node.ANY, Node.ANY);
        StoredRankChanges.dropAll(dataset, summary, order);
    }

    /**
     * Takes an order's triples as they come, a row's one after another, and writes each row as the
     * difference with what its observation holds; keeps 64 bits of each row's name ({@link #key}):
     * some 30 MB at 10^5 pages, where the rows' triples are gigabytes.
     */
    private static final class RowWriter implements Consumer<Triple> {
        final Set<Long> kept = new HashSet<>();
        private final List<Triple> row = new ArrayList<>();
        private final DatasetGraph dataset;
        private final Node summary;

        RowWriter(DatasetGraph dataset, Node summary) {
            this.dataset = dataset;
            this.summary = summary;
        }

        @Override
        public void accept(Triple t) {
            if (!row.isEmpty() && !row.get(0).getSubject().equals(t.getSubject())) {
                write(dataset, summary, row, kept);
                row.clear();
            }
            row.add(t);
        }

        /** Writes the last row. */
        void finish() {
            if (!row.isEmpty())
                write(dataset, summary, row, kept);
            row.clear();
        }
    }

    /** Writes what a row's observation must state and does not, and deletes what it states and must not. */
    private static void write(DatasetGraph dataset, Node summary, List<Triple> row, Set<Long> kept) {
        Node observation = row.get(0).getSubject();
        kept.add(key(observation));
        Set<Triple> wanted = new HashSet<>(row);
        Set<Triple> held = new HashSet<>();
        dataset.find(summary, observation, Node.ANY, Node.ANY).forEachRemaining(q -> held.add(q.asTriple()));
        for (Triple t : held)
            if (!wanted.contains(t))
                dataset.delete(summary, t.getSubject(), t.getPredicate(), t.getObject());
        for (Triple t : wanted)
            if (!held.contains(t))
                dataset.add(summary, t.getSubject(), t.getPredicate(), t.getObject());
    }

    /** 64 bits of a row's name: the first 64 bits of its identity's SHA-1, mixed with its place among that identity's rows. */
    private static long key(Node observation) {
        String iri = observation.getURI();
        String name = iri.substring(iri.lastIndexOf('/') + 1);
        long identity = Long.parseUnsignedLong(name.substring(0, 16), 16);
        long n = name.indexOf('-') < 0 ? 0 : Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
        return identity * 0x9E3779B97F4A7C15L + n;
    }
}
