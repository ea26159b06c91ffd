package org.evaw.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.PatternVars;

/**
 * Reads a saved query written in the grlc convention: {@code #+ key: value} decorator lines
 * (summary, description, tags, defaults, enumerate, pagination, and this project's own {@code view},
 * the {@link View} the page opens the answer in, and {@code rank}, the variable its rows are ranked by) before the SPARQL, and parameters as variables
 * starting with {@code ?_}.
 */
public final class SavedQueryParser {
    private static final Pattern DECORATOR = Pattern.compile("^#\\+\\s?(.*)$");
    private static final Pattern KEY = Pattern.compile("^([a-z_]+):\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\s*-\\s*(.*)$");
    private static final Pattern PAIR = Pattern.compile("^([A-Za-z0-9_]+):\\s*(.*)$");

    private SavedQueryParser() {}

    public static SavedQuery parse(String name, String text) {
        Map<String, List<String>> decorations = new LinkedHashMap<>();
        String key = null;
        for (String line : text.split("\n")) {
            Matcher d = DECORATOR.matcher(line.stripTrailing());
            if (!d.matches())
                continue;
            String body = d.group(1);
            Matcher item = ITEM.matcher(body);
            Matcher k = KEY.matcher(body);
            if (item.matches() && key != null) {
                decorations.get(key).add(item.group(1).strip());
            } else if (k.matches()) {
                key = k.group(1);
                List<String> values = new ArrayList<>();
                if (!k.group(2).isBlank())
                    values.add(k.group(2).strip());
                decorations.put(key, values);
            }
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("saved query '" + name + "' does not parse: " + e.getMessage(), e);
        }
        Map<String, String> defaults = pairs(decorations.getOrDefault("defaults", List.of()));
        Map<String, String> enumerations = pairs(decorations.getOrDefault("enumerate", List.of()));
        List<Parameter> parameters = new ArrayList<>();
        for (Var v : parameterVars(query)) {
            Parameter shape = Parameter.ofVariable(v.getVarName(), null, List.of());
            String allowed = enumerations.get(shape.name());
            parameters.add(Parameter.ofVariable(v.getVarName(), defaults.get(shape.name()),
                    allowed == null ? List.of() : List.of(allowed.split("\\s*,\\s*"))));
        }
        return new SavedQuery(name, first(decorations, "summary"), first(decorations, "description"),
                List.copyOf(decorations.getOrDefault("tags", List.of())), List.copyOf(parameters),
                pagination(name, first(decorations, "pagination")), view(name, first(decorations, "view")),
                rank(name, first(decorations, "rank"), query), text);
    }

    private static Set<Var> parameterVars(Query query) {
        Set<Var> vars = new LinkedHashSet<>();
        if (query.getQueryPattern() != null)
            ElementWalker.walk(query.getQueryPattern(), new org.apache.jena.sparql.syntax.ElementVisitorBase() {
                @Override
                public void visit(org.apache.jena.sparql.syntax.ElementFilter el) {
                    el.getExpr().getVarsMentioned().forEach(vars::add);
                }

                @Override
                public void visit(org.apache.jena.sparql.syntax.ElementBind el) {
                    el.getExpr().getVarsMentioned().forEach(vars::add);
                }

                // A parameter may be used in a subquery (to take each match once): it is one all the same.
                @Override
                public void visit(org.apache.jena.sparql.syntax.ElementSubQuery el) {
                    vars.addAll(parameterVars(el.getQuery()));
                }
            });
        PatternVars.vars(vars, query.getQueryPattern());
        vars.removeIf(v -> !v.getVarName().startsWith("_"));
        return vars;
    }

    private static int pagination(String name, String value) {
        if (value.isEmpty())
            return 0;
        if (!value.matches("\\d{1,6}") || Integer.parseInt(value) < 1)
            throw new IllegalArgumentException("saved query '" + name + "': pagination must be a number of rows, not '" + value + "'");
        return Integer.parseInt(value);
    }

    /** The variable a query's rows are ranked by, if it names one: a variable of its pattern, bare or with its "?". */
    private static Optional<String> rank(String name, String value, Query query) {
        if (value.isEmpty())
            return Optional.empty();
        String variable = value.startsWith("?") ? value.substring(1) : value;
        if (!PatternVars.vars(query.getQueryPattern()).contains(Var.alloc(variable)))
            throw new IllegalArgumentException("saved query '" + name + "': rank '" + value + "' is not a variable of its pattern");
        return Optional.of(variable);
    }

    /** The view a query names, if it names one. */
    private static Optional<View> view(String name, String value) {
        if (value.isEmpty())
            return Optional.empty();
        try {
            return Optional.of(View.of(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("saved query '" + name + "': " + e.getMessage(), e);
        }
    }

    private static Map<String, String> pairs(List<String> items) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String item : items) {
            Matcher m = PAIR.matcher(item);
            if (m.matches())
                map.put(m.group(1), m.group(2).strip());
        }
        return map;
    }

    private static String first(Map<String, List<String>> decorations, String key) {
        List<String> values = decorations.getOrDefault(key, List.of());
        return values.isEmpty() ? "" : String.join(" ", values);
    }
}
