package org.evaw.queries;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A saved query of the catalogue: its name (the file name), the grlc decorations (summary,
 * description, tags) and parameters, and the SPARQL text.
 */
public record SavedQuery(String name, String summary, String description, List<String> tags,
                         List<Parameter> parameters, String sparql) {
    /** The query with each parameter bound to the given value or its default. */
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
