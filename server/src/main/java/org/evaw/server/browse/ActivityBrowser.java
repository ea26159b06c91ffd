package org.evaw.server.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.evaw.server.query.CancelledQuery;

/**
 * Answers a {@link Selection} from the store, in one read transaction, every query of a request
 * within one deadline (the server's query timeout): first whether the values chosen are values of
 * their facets at all, then the total, the page's rows, each facet's counts and the names.
 */
final class ActivityBrowser {
    /** How many activities' columns one query fetches when every row is written (CSV). */
    private static final int BATCH = 500;

    private final DatasetGraph dataset;
    private final List<Facet> facets;
    private final ActivityQueries queries = new ActivityQueries();
    private final CountsCache cache;
    private final long timeoutMillis;
    private final long pageSize;

    ActivityBrowser(DatasetGraph dataset, List<Facet> facets, long timeoutMillis, long pageSize) {
        this.dataset = dataset;
        this.facets = facets;
        this.timeoutMillis = timeoutMillis;
        this.pageSize = pageSize;
        this.cache = new CountsCache(dataset);
    }

    List<Facet> facets() {
        return facets;
    }

    /**
     * One page of the selection, with every facet's counts.
     *
     * @throws BadSelection when a value chosen is no facet's value, or the page is past the last
     * @throws QueryCancelledException when the deadline passes
     */
    Answer page(Selection selection, String language) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        return Txn.calculateRead(dataset, () -> {
            CountsCache.Counts counted = counts(selection, deadline);
            long total = counted.total();
            long pages = Math.max(1, (total + pageSize - 1) / pageSize);
            if (selection.page() > pages)
                throw new BadSelection("Page " + selection.page() + " is past the last page of this selection, which has "
                        + total + (total == 1 ? " activity" : " activities") + " on " + pages + (pages == 1 ? " page." : " pages."));
            List<Node> ids = ids(counted, pageSize, (selection.page() - 1) * pageSize, deadline);
            List<Answer.Row> rows = rows(ids, deadline);
            List<Answer.FacetValues> listed = counted.facets().stream().map(fv -> listed(fv, selection)).toList();
            Set<Node> named = new LinkedHashSet<>();
            listed.forEach(fv -> fv.values().forEach(c -> named.add(NodeFactory.createURI(c.iri()))));
            rows.forEach(r -> named.addAll(named(r)));
            return new Answer(selection, total, pages, pageSize, rows, listed, names(named, language, deadline));
        });
    }

    /**
     * Every activity of the selection, at most {@code cap}, to {@code each} in the stable order with
     * the names it needs, {@value #BATCH} at a time.
     *
     * @return whether there were more than {@code cap}
     */
    boolean every(Selection selection, String language, long cap, Consumer<Batch> each) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        return Txn.calculateRead(dataset, () -> {
            CountsCache.Counts counted = counts(selection, deadline);
            List<Node> ids = ids(counted, cap, 0, deadline);
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<Answer.Row> rows = rows(ids.subList(from, Math.min(ids.size(), from + BATCH)), deadline);
                Set<Node> named = new LinkedHashSet<>();
                rows.forEach(r -> named.addAll(named(r)));
                each.accept(new Batch(rows, names(named, language, deadline)));
            }
            return counted.total() > cap;
        });
    }

    /** Some rows, and the names of what they show. */
    record Batch(List<Answer.Row> rows, Names names) {}

    /** How many activities the selection holds, within the deadline. */
    long total(Selection selection) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        return Txn.calculateRead(dataset, () -> counts(selection, deadline).total());
    }

    /**
     * The selection's total, facet counts and (when narrowed) activities, kept or made: a selection
     * whose counts are kept was checked when they were made, and the store has not changed since.
     * Each facet chosen is asked for its activities apart and the sets intersected here; each
     * facet's values are then counted among the activities of the other facets' choices.
     */
    private CountsCache.Counts counts(Selection selection, long deadline) {
        return cache.get(selection.countsKey(facets), () -> {
            checkKnown(selection, deadline);
            Map<Facet, Set<Node>> chosen = new LinkedHashMap<>();
            for (Facet f : facets) {
                if (!selection.of(f).isEmpty()) {
                    Set<Node> activities = new HashSet<>();
                    run(queries.chosen(f, selection.of(f)), deadline, row -> activities.add(row.get(ActivityQueries.ACTIVITY)));
                    chosen.put(f, activities);
                }
            }
            Set<Node> all = intersection(chosen, null);
            List<Answer.FacetValues> counted = new ArrayList<>();
            for (Facet f : facets)
                counted.add(counts(selection, f, intersection(chosen, f), deadline));
            if (all == null) {
                long[] total = {0};
                run(queries.count(), deadline, row -> total[0] = number(row.get("total")));
                return new CountsCache.Counts(total[0], List.copyOf(counted), null);
            }
            List<Node> ids = new ArrayList<>(all);
            ids.sort(Comparator.comparing(Node::getURI));
            return new CountsCache.Counts(ids.size(), List.copyOf(counted), List.copyOf(ids));
        });
    }

    /** The activities every chosen facet but {@code except} selects; null when none narrows them. */
    private static Set<Node> intersection(Map<Facet, Set<Node>> chosen, Facet except) {
        Set<Node> all = null;
        for (Map.Entry<Facet, Set<Node>> e : chosen.entrySet()) {
            if (e.getKey().equals(except))
                continue;
            if (all == null) {
                all = new HashSet<>(e.getValue());
            } else {
                all.retainAll(e.getValue());
            }
        }
        return all;
    }

    /** {@code limit} activities of the selection from {@code offset}, in the stable order. */
    private List<Node> ids(CountsCache.Counts counted, long limit, long offset, long deadline) {
        if (counted.ids() != null) {
            int from = (int) Math.min(offset, counted.ids().size());
            return counted.ids().subList(from, (int) Math.min(counted.ids().size(), from + limit));
        }
        List<Node> ids = new ArrayList<>();
        run(queries.ordered(limit, offset), deadline, row -> ids.add(row.get(ActivityQueries.ACTIVITY)));
        return ids;
    }

    /** A facet's values as the page lists them: all if asked, else the first {@value Selection#LISTED} and any chosen. */
    private static Answer.FacetValues listed(Answer.FacetValues all, Selection selection) {
        if (selection.listsAll(all.facet()) || all.values().size() <= Selection.LISTED)
            return all;
        List<Answer.Counted> shown = new ArrayList<>();
        for (Answer.Counted c : all.values()) {
            if (shown.size() < Selection.LISTED || selection.isChosen(all.facet(), c.iri()))
                shown.add(c);
        }
        return new Answer.FacetValues(all.facet(), shown, all.values().size());
    }

    private void checkKnown(Selection selection, long deadline) {
        for (Facet f : facets) {
            List<String> chosen = selection.of(f);
            if (chosen.isEmpty())
                continue;
            Set<String> known = new HashSet<>();
            run(queries.known(f, chosen), deadline, row -> known.add(row.get(ActivityQueries.VALUE).getURI()));
            for (String iri : chosen) {
                if (!known.contains(iri))
                    throw new BadSelection("No activity has the " + f.label().toLowerCase(java.util.Locale.ROOT) + " '"
                            + f.shortName(iri) + "' (" + f.key() + "=" + f.shortName(iri) + "): the graph does not know it as one. "
                            + "Choose one of the values listed under " + f.label() + ".");
            }
        }
    }

    private Answer.FacetValues counts(Selection selection, Facet facet, Set<Node> among, long deadline) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Consumer<Binding> add = row -> {
            Node v = row.get(ActivityQueries.VALUE);
            if (v != null && v.isURI())
                counts.put(v.getURI(), number(row.get("count")));
        };
        // Over every activity, the summary graph's counts, kept by each load as it writes the
        // pages (counting them here took 25 s and more at 10^5 activities); a store without a
        // summary gives none, and is counted.
        if (among == null && facet.kept() != null)
            run(queries.kept(facet), deadline, add);
        // Among none: nothing to count (and VALUES with no row would match nothing anyway).
        if (counts.isEmpty() && (among == null || !among.isEmpty()))
            run(queries.facetCounts(facet, among), deadline, add);
        for (String iri : selection.of(facet))
            counts.putIfAbsent(iri, 0L);
        List<Answer.Counted> values = new ArrayList<>();
        counts.forEach((iri, n) -> values.add(new Answer.Counted(iri, n)));
        values.sort(facet.byValue() ? Comparator.comparing(Answer.Counted::iri)
                : Comparator.comparingLong(Answer.Counted::count).reversed().thenComparing(Answer.Counted::iri));
        return new Answer.FacetValues(facet, values, values.size());
    }

    private List<Answer.Row> rows(List<Node> ids, long deadline) {
        if (ids.isEmpty())
            return List.of();
        Map<String, Map<String, List<Node>>> columns = new LinkedHashMap<>();
        for (Node id : ids)
            columns.put(id.getURI(), new LinkedHashMap<>());
        run(queries.columns(ids), deadline, row -> {
            Map<String, List<Node>> of = columns.get(row.get(ActivityQueries.ACTIVITY).getURI());
            List<Node> values = of.computeIfAbsent(row.get("column").getLiteralLexicalForm(), k -> new ArrayList<>());
            Node value = row.get(ActivityQueries.VALUE);
            if (!values.contains(value))
                values.add(value);
        });
        List<Answer.Row> rows = new ArrayList<>();
        columns.forEach((iri, of) -> {
            of.values().forEach(values -> values.sort(Comparator.comparing(Node::toString)));
            rows.add(new Answer.Row(iri, of));
        });
        return rows;
    }

    private static Set<Node> named(Answer.Row row) {
        Set<Node> named = new HashSet<>();
        row.columns().values().forEach(values -> values.stream().filter(Node::isURI).forEach(named::add));
        return named;
    }

    private Names names(Set<Node> resources, String language, long deadline) {
        Names names = new Names(language);
        List<Node> all = new ArrayList<>(resources);
        for (int from = 0; from < all.size(); from += BATCH)
            run(queries.labels(all.subList(from, Math.min(all.size(), from + BATCH))), deadline, names::add);
        return names;
    }

    private void run(Query query, long deadline, Consumer<Binding> each) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (timeoutMillis > 0 && left <= 0)
            throw new QueryCancelledException();
        QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
        if (timeoutMillis > 0)
            builder = builder.timeout(left, TimeUnit.MILLISECONDS);
        try (QueryExec exec = builder.build()) {
            try {
                exec.select().forEachRemaining(row -> each.accept(row.detach()));
            } catch (RuntimeException failure) {
                throw CancelledQuery.failure(exec, failure);
            }
        }
    }

    private static long number(Node n) {
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }
}
