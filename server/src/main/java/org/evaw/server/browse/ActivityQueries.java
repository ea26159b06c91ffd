package org.evaw.server.browse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.evaw.ontology.sparql.QueryFiles;

/**
 * The SPARQL that answers a {@link Selection}, made from the query files beside this class: the
 * selection of each facet becomes a subquery, {@code { SELECT DISTINCT ?activity { VALUES ?value
 * {…} PATTERN } }}, put before the first pattern of the query it narrows. Values are IRIs bound as
 * nodes, never text spliced into a query. Each method returns a new query: the parsed files are
 * shared by every request.
 */
final class ActivityQueries {
    static final Var ACTIVITY = Var.alloc("activity");
    static final Var VALUE = Var.alloc("value");
    static final Var RESOURCE = Var.alloc("resource");
    private static final String FOLDER = "/org/evaw/server/browse/";

    private final Query count = read("count.rq");
    private final Query facetCounts = read("facet-counts.rq");
    private final Query ordered = read("ordered.rq");
    private final Query columns = read("columns.rq");
    private final Query labels = read("labels.rq");

    private static Query read(String name) {
        return QueryFiles.query(ActivityQueries.class, FOLDER + name);
    }

    /** How many activities the selection holds. */
    Query count(Selection selection) {
        return narrowed(count, selection, null, List.of());
    }

    /** Each value of {@code facet} with the number of activities it has among those the other facets select. */
    Query facetCounts(Selection selection, Facet facet) {
        return narrowed(facetCounts, selection, facet, List.of(facet.pattern()));
    }

    /** The selection's activities in their stable order, {@code limit} of them from {@code offset} (no limit if negative). */
    Query ordered(Selection selection, long limit, long offset) {
        Query q = narrowed(ordered, selection, null, List.of());
        if (limit >= 0)
            q.setLimit(limit);
        if (offset > 0)
            q.setOffset(offset);
        return q;
    }

    /** Which of {@code iris} are values of {@code facet} for some activity. */
    Query known(Facet facet, Collection<String> iris) {
        Query q = new Query();
        q.setQuerySelectType();
        q.setDistinct(true);
        q.addResultVar(VALUE);
        ElementGroup where = new ElementGroup();
        where.addElement(values(VALUE, iris.stream().map(NodeFactory::createURI).toList()));
        where.addElement(facet.pattern());
        q.setQueryPattern(where);
        return q;
    }

    /** The columns of the rows of these activities. */
    Query columns(List<Node> activities) {
        return bound(columns, ACTIVITY, activities);
    }

    /** The names of these resources. */
    Query labels(Collection<Node> resources) {
        return bound(labels, RESOURCE, resources);
    }

    private static Query bound(Query template, Var var, Collection<Node> nodes) {
        Query q = copy(template);
        ElementGroup where = new ElementGroup();
        where.addElement(values(var, nodes));
        where.addElement(q.getQueryPattern());
        q.setQueryPattern(where);
        return q;
    }

    private static Query narrowed(Query template, Selection selection, Facet except, List<Element> before) {
        Query q = copy(template);
        ElementGroup where = (ElementGroup) q.getQueryPattern();
        List<Element> first = new ArrayList<>();
        selection.chosen().forEach((facet, iris) -> {
            if (!facet.equals(except) && !iris.isEmpty())
                first.add(new ElementSubQuery(chosen(facet, iris)));
        });
        first.addAll(before);
        for (int i = first.size() - 1; i >= 0; i--)
            where.getElements().add(0, first.get(i));
        return q;
    }

    /** {@code SELECT DISTINCT ?activity { VALUES ?value {…} PATTERN }}: the activities with any of these values. */
    private static Query chosen(Facet facet, List<String> iris) {
        Query sub = new Query();
        sub.setQuerySelectType();
        sub.setDistinct(true);
        sub.addResultVar(ACTIVITY);
        ElementGroup where = new ElementGroup();
        where.addElement(values(VALUE, iris.stream().map(NodeFactory::createURI).toList()));
        where.addElement(facet.pattern());
        sub.setQueryPattern(where);
        return sub;
    }

    private static ElementData values(Var var, Collection<Node> nodes) {
        List<Binding> rows = new ArrayList<>();
        for (Node n : nodes)
            rows.add(BindingFactory.binding(var, n));
        return new ElementData(List.of(var), rows);
    }

    private static Query copy(Query q) {
        return QueryFactory.create(q.serialize());
    }
}
