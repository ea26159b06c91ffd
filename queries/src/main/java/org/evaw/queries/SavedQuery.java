package org.evaw.queries;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A saved query of the catalogue: its name (the file name), the grlc decorations (summary,
 * description, tags, pagination) and parameters, and the SPARQL text. {@code pagination} is the
 * number of rows a page holds ({@code #+ pagination: 100}), 0 for a query answered in one piece;
 * {@code view} is the view the saved-query page opens the answer in ({@code #+ view: map}), empty
 * when the query names none (the page then opens on the bar chart of a count, else the table);
 * {@code rank} is the variable that ranks its rows 1, 2, 3… in its order, whatever its parameters
 * ({@code #+ rank: rank}, a query reading an order the summary graph keeps), by which its pages are
 * read ({@link Page}), empty for a query whose pages skip the rows before them.
 */
public record SavedQuery(String name, String summary, String description, List<String> tags,
                         List<Parameter> parameters, int pagination, Optional<View> view, Optional<String> rank,
                         String sparql) {
    public boolean paginated() {
        return pagination > 0;
    }

    /** Page {@code number} of this query's rows, or an {@link IllegalArgumentException} naming the parameter. */
    public Page page(String number) {
        if (!paginated())
            throw new IllegalArgumentException("query '" + name + "' is answered in one piece; it has no parameter '"
                    + Page.PARAMETER + "'");
        Page page = Page.of(number, pagination);
        return rank.map(page::rankedBy).orElse(page);
    }

    /** The query, all its rows, with each parameter bound to the given value or its default. */
    public Query bind(Map<String, String> values) {
        for (String key : values.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(key)))
                throw new IllegalArgumentException("query '" + name + "' has no parameter '" + key + "'"
                        + (parameters.isEmpty() ? "" : "; its parameters: " + parameters.stream().map(Parameter::name).toList()));
        }
        Map<Var, Node> bindings = new HashMap<>();
        for (Parameter p : parameters) {
            String value = values.getOrDefault(p.name(), p.defaultValue());
            if (value == null)
                throw new IllegalArgumentException("query '" + name + "' needs parameter '" + p.name() + "'");
            bindings.put(Var.alloc(p.variable()), p.bind(value));
        }
        Query query = QueryFactory.create(sparql);
        return bindings.isEmpty() ? query : QueryTransformOps.replaceVars(query, bindings);
    }
}
