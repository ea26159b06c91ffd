package org.evaw.queries;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * One page of a paginated saved query, as grlc pages them: page {@code number} (from 1) of
 * {@code size} rows is the query with {@code LIMIT size OFFSET (number - 1) * size}. The query
 * asks for one row more than the page holds, which tells whether a next page has rows without
 * counting them all.
 */
public record Page(long number, int size) {
    /** The name of the page parameter, on the command line and in the API. */
    public static final String PARAMETER = "page";

    public Page {
        if (number < 1 || size < 1)
            throw new IllegalArgumentException("parameter '" + PARAMETER + "' must be a whole number from 1, not " + number);
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

    /** The query narrowed to this page, and one row beyond it. */
    public Query narrow(Query query) {
        Query narrowed = query.cloneQuery();
        narrowed.setOffset(offset());
        narrowed.setLimit(size + 1L);
        return narrowed;
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
