package org.evaw.server.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.evaw.search.SearchIndex;

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
    private final StoreReads reads;
    private final SelectionCounter counter;
    private final long pageSize;

    /** Counts from {@code index} when given ({@link SelectionCounters}), by SPARQL otherwise. */
    ActivityBrowser(DatasetGraph dataset, Optional<SearchIndex> index, List<Facet> facets, long timeoutMillis, long pageSize) {
        this.dataset = dataset;
        this.facets = facets;
        this.pageSize = pageSize;
        this.cache = new CountsCache(dataset);
        this.reads = new StoreReads(dataset, timeoutMillis);
        this.counter = SelectionCounters.of(facets, index, reads);
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
        long deadline = reads.deadline();
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
        long deadline = reads.deadline();
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
        long deadline = reads.deadline();
        return Txn.calculateRead(dataset, () -> counts(selection, deadline).total());
    }

    /**
     * The selection's total, facet counts and (when narrowed) activities, kept or made by the
     * {@link SelectionCounter}: a selection whose counts are kept was checked when they were made,
     * and the store has not changed since.
     */
    private CountsCache.Counts counts(Selection selection, long deadline) {
        return cache.get(selection.countsKey(facets), () -> {
            checkKnown(selection, deadline);
            SelectionTally tally = counter.count(selection, deadline);
            List<Answer.FacetValues> counted = new ArrayList<>();
            for (Facet f : facets)
                counted.add(values(selection, f, tally.values().getOrDefault(f, Map.of())));
            return new CountsCache.Counts(tally.total(), List.copyOf(counted), tally.ids() == null ? null : List.copyOf(tally.ids()));
        });
    }

    /** {@code limit} activities of the selection from {@code offset}, in the stable order. */
    private List<Node> ids(CountsCache.Counts counted, long limit, long offset, long deadline) {
        if (counted.ids() != null) {
            int from = (int) Math.min(offset, counted.ids().size());
            return counted.ids().subList(from, (int) Math.min(counted.ids().size(), from + limit));
        }
        return counter.everyActivity(limit, offset, deadline);
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
            Set<String> known = counter.known(f, chosen, deadline);
            for (String iri : chosen) {
                if (!known.contains(iri))
                    throw new BadSelection("No activity has the " + f.label().toLowerCase(java.util.Locale.ROOT) + " '"
                            + f.shortName(iri) + "' (" + f.key() + "=" + f.shortName(iri) + "): the graph does not know it as one. "
                            + "Choose one of the values listed under " + f.label() + ".");
            }
        }
    }

    /** A facet's values as counted, each value chosen among them (with none if none has it), in the facet's order. */
    private static Answer.FacetValues values(Selection selection, Facet facet, Map<String, Long> counted) {
        Map<String, Long> counts = new LinkedHashMap<>(counted);
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
        reads.run(queries.columns(ids), deadline, row -> {
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
            reads.run(queries.labels(all.subList(from, Math.min(all.size(), from + BATCH))), deadline, names::add);
        return names;
    }
}
