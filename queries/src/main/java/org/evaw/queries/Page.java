package org.evaw.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.evaw.ontology.RankChanges;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * One page of a paginated saved query, as grlc pages them: page {@code number} (from 1) of
 * {@code size} rows is the query with {@code LIMIT size OFFSET (number - 1) * size}. The query
 * asks for one row more than the page holds, which tells whether a next page has rows without
 * counting them all. A query whose rows are ranked by the data ({@code rank}, the variable of a
 * {@code #+ rank:} decorator: the rows of its answer, whatever its parameters, hold the ranks 1, 2,
 * 3… in its order) is narrowed to the ranks of the page instead ({@code VALUES ?rank {…}}), so that
 * the engine looks those rows up and reads no others, rather than sorting every row to skip the
 * pages before. Where the loader has put rows in or taken them out of the ranking since it was
 * made, the ranks of the page's positions are those its {@link RankChanges} give, read first.
 */
public record Page(long number, int size, Optional<String> rank) {
    /** The name of the page parameter, on the command line and in the API. */
    public static final String PARAMETER = "page";

    public Page {
        if (number < 1 || size < 1)
            throw new IllegalArgumentException("parameter '" + PARAMETER + "' must be a whole number from 1, not " + number);
    }

    /** Page {@code number} of {@code size} rows of a query whose rows are not ranked by the data. */
    public Page(long number, int size) {
        this(number, size, Optional.empty());
    }

    /** This page of a query whose rows the variable {@code rank} ranks from 1 in its order. */
    public Page rankedBy(String rank) {
        return new Page(number, size, Optional.of(rank));
    }

    /** The page a user asked for, or an {@link IllegalArgumentException} that names the parameter. */
    public static Page of(String value, int size) {
        // Twelve digits at most: (number - 1) * size then stays well within a long.
        if (value == null || !value.matches("\\+?\\d{1,12}") || Long.parseLong(value.replace("+", "")) < 1)
            throw new IllegalArgumentException("parameter '" + PARAMETER + "' must be a whole number from 1, not '" + value + "'");
        return new Page(Long.parseLong(value.replace("+", "")), size);
    }

    public long offset() {
        return (number - 1) * size;
    }

    /**
     * The query narrowed to this page, and one row beyond it; for a ranked query, {@code select}
     * first runs the query of its ranking's records ({@link RankChangesQuery}) where the page
     * will run, in the same read transaction, so that the ranks are those the page reads.
     */
    public Query narrow(Query query, Function<Query, RowSet> select) {
        Query narrowed = query.cloneQuery();
        narrowed.setLimit(size + 1L);
        if (rank.isEmpty()) {
            narrowed.setOffset(offset());
            return narrowed;
        }
        // The ranks of the positions offset + 1 … offset + size + 1, given as values: each is one
        // index lookup, where a filter on a range would read the rank of every row.
        Var ranked = Var.alloc(rank.get());
        RankChanges changes = RankChangesQuery.of(query, ranked).map(q -> changes(select.apply(q))).orElse(RankChanges.NONE);
        ElementData ranks = new ElementData(List.of(ranked), new ArrayList<>());
        for (Node r : changes.ranks(offset() + 1, offset() + size + 1L))
            ranks.add(BindingFactory.binding(ranked, r));
        narrowed.setQueryPattern(withRanks(narrowed.getQueryPattern(), ranked, ranks));
        return narrowed;
    }

    /** The records the query of {@link RankChangesQuery} gives: of one ranking, or none. */
    private static RankChanges changes(RowSet rows) {
        Node of = null;
        Long made = null;
        List<Node> removed = new ArrayList<>(), inserted = new ArrayList<>();
        while (rows.hasNext()) {
            Binding row = rows.next();
            Node changes = row.get(RankChangesQuery.CHANGES);
            if (of != null && !of.equals(changes))
                throw new IllegalStateException("a ranked query reads one ranking, and this one reads " + of + " and " + changes);
            of = changes;
            if (row.contains(RankChangesQuery.MADE))
                made = ((Number) row.get(RankChangesQuery.MADE).getLiteralValue()).longValue();
            if (row.contains(RankChangesQuery.REMOVED))
                removed.add(row.get(RankChangesQuery.REMOVED));
            if (row.contains(RankChangesQuery.INSERTED))
                inserted.add(row.get(RankChangesQuery.INSERTED));
        }
        return made == null ? RankChanges.NONE : RankChanges.of(made, removed, inserted);
    }

    /**
     * The pattern with the ranks joined where the rank is read: beside the triples of its top
     * group that bind {@code ranked}, or, if none do, around the whole pattern. ARQ runs a join of
     * values and a pattern once per value; beside the triples, what else the query finds once (a
     * region by one of its names, a form of violence by its code) is found once, not once per rank.
     */
    private static Element withRanks(Element pattern, Var ranked, ElementData ranks) {
        if (pattern instanceof ElementGroup top
                && top.getElements().stream().anyMatch(e -> e instanceof ElementPathBlock triples && binds(triples, ranked))) {
            // A new group: the pattern may be shared with the query it was narrowed from.
            ElementGroup withRanks = new ElementGroup();
            boolean placed = false;
            for (Element element : top.getElements()) {
                if (!placed && element instanceof ElementPathBlock triples && binds(triples, ranked)) {
                    ElementGroup rankedTriples = new ElementGroup();
                    rankedTriples.addElement(ranks);
                    rankedTriples.addElement(triples);
                    withRanks.addElement(rankedTriples);
                    placed = true;
                } else {
                    withRanks.addElement(element);
                }
            }
            return withRanks;
        }
        ElementGroup group = new ElementGroup();
        group.addElement(ranks);
        group.addElement(pattern);
        return group;
    }

    private static boolean binds(ElementPathBlock triples, Var variable) {
        for (TriplePath triple : triples.getPattern().getList()) {
            if (variable.equals(triple.getSubject()) || variable.equals(triple.getObject()))
                return true;
        }
        return false;
    }

    /** The rows of this page from the rows of {@link #narrow}ed query, and whether a next page has rows. */
    public Rows read(RowSet results) {
        List<Binding> rows = new ArrayList<>();
        boolean more = false;
        while (results.hasNext()) {
            Binding row = results.next();
            if (rows.size() == size) {
                more = true;
                break;
            }
            rows.add(row);
        }
        return new Rows(RowSetStream.create(results.getResultVars(), rows.iterator()).rewindable(), more);
    }

    /** The rows of a page and whether the next page has any. */
    public record Rows(RowSetRewindable rows, boolean hasNext) {}
}
