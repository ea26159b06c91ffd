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
import org.evaw.ontology.sparql.QueryFiles;

/**
 * The SPARQL that answers a {@link Selection}, made from the query files beside this class. Each
 * facet's choice is asked on its own ({@link #chosen}: the activities with any of the values); the
 * activities that several facets select together, as the caller intersects them, narrow a count by
 * {@code VALUES ?activity {…}} before its first pattern. (Joined in one query as subqueries, ARQ
 * ran the second facet's subquery again for each activity of the first: 2.4 s for Asia and
 * trafficking at 10 000 activities, against 0.2 s for the two sets apart.) Values are IRIs bound
 * as nodes, never text spliced into a query. Each method returns a new query: the parsed files are
 * shared by every request.
 */
final class ActivityQueries {
    static final Var ACTIVITY = Var.alloc("activity");
    static final Var VALUE = Var.alloc("value");
    static final Var RESOURCE = Var.alloc("resource");
    private static final String FOLDER = "/org/evaw/server/browse/";

    private final Query count = read("count.rq");
    private final Query keptCount = read("kept-count.rq");
    private final Query facetCounts = read("facet-counts.rq");
    private final Query ordered = read("ordered.rq");
    private final Query columns = read("columns.rq");
    private final Query labels = read("labels.rq");

    private static Query read(String name) {
        return QueryFiles.query(ActivityQueries.class, FOLDER + name);
    }

    /** Each value of {@code facet} with the number of activities it has of all, as the summary graph keeps them. */
    Query kept(Facet facet) {
        return copy(facet.kept());
    }

    /** How many activities there are (when no facet narrows them). */
    Query count() {
        return copy(count);
    }

    /** How many activities there are, as the summary graph keeps it: no row where it does not. */
    Query keptCount() {
        return copy(keptCount);
    }

    /** Each value of {@code facet} with the number of activities it has, of {@code among} (every activity if null). */
    Query facetCounts(Facet facet, Collection<Node> among) {
        Query q = copy(facetCounts);
        ElementGroup where = (ElementGroup) q.getQueryPattern();
        List<Element> first = new ArrayList<>();
        if (among != null)
            first.add(values(ACTIVITY, among));
        first.addAll(flat(among == null ? facet.fromValues() : facet.pattern()));
        where.getElements().addAll(0, first);
        return q;
    }

    /** Every activity in its stable order (when no facet narrows them), {@code limit} of them from {@code offset}. */
    Query ordered(long limit, long offset) {
        Query q = copy(ordered);
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
        flat(facet.fromValues()).forEach(where::addElement);
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

    /** {@code SELECT DISTINCT ?activity { VALUES ?value {…} PATTERN }}: the activities with any of these values. */
    Query chosen(Facet facet, List<String> iris) {
        Query sub = new Query();
        sub.setQuerySelectType();
        sub.setDistinct(true);
        sub.addResultVar(ACTIVITY);
        ElementGroup where = new ElementGroup();
        where.addElement(values(VALUE, iris.stream().map(NodeFactory::createURI).toList()));
        flat(facet.fromValues()).forEach(where::addElement);
        sub.setQueryPattern(where);
        return sub;
    }

    /**
     * A pattern's elements, to put in the group that uses it rather than as a group of their own:
     * {@code { VALUES ?value {…} { ?activity p ?value } }} is a join that ARQ evaluates by running
     * the inner group for every value at once (all 15 000 country links, 2 s), where
     * {@code { VALUES ?value {…} ?activity p ?value }} looks up the values given (0.1 s).
     */
    private static List<Element> flat(Element pattern) {
        return pattern instanceof ElementGroup group ? group.getElements() : List.of(pattern);
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
