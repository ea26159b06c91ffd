package org.evaw.loader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpMinus;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpReduced;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.algebra.optimize.TransformScopeRename;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.evaw.ontology.SummaryOrders;

/**
 * Which rows of an order the summary keeps ({@link SummaryOrders}) a change can touch, read from
 * the order's query alone, so that a new order works without code. A row is named by its identity
 * (the projected variables not stated as cells); a changed triple (of a replaced page graph, or of
 * the summary as the delta wrote it) touches the identities of the query's solutions that match
 * it with one of the query's triple patterns. Those are found from the triple's values along the
 * query's other patterns that link the pattern to the identity's variables — never the pattern
 * itself, which a deleted triple no longer matches, and only patterns every such solution
 * satisfies (the pattern's own group and those around it, not a sibling OPTIONAL or UNION
 * branch): a solution that used a changed triple is still joined to its identity through the
 * triples nearest to the identity that did not change, or the nearer changed triple reaches it.
 * An identity's variable that only an OPTIONAL beside those patterns binds (an agency that may be
 * missing, the country a training count is counted in) is joined through that OPTIONAL; a change
 * to that OPTIONAL's own patterns touches too the row about no value of it of the solutions it
 * does not match before or after the change, and the rows about one value are read from the
 * OPTIONAL's matches alone ({@link OptionalSplit}).
 * When the query holds what this cannot follow (a path other than a link, an alternative of
 * links or one repeated, EXISTS, a LIMIT, a grouping the identity is not a key of, a sort key that
 * is not a projected variable), {@link #of} gives nothing and the order is made again whole; so
 * does a change to a repeated path's links (reference data: the broader forms of violence).
 */
final class OrderReach {
    /**
     * A triple pattern: subject, predicate (a variable, a link, or for another path {@code null}
     * with its links), object, its groups, and whether its path repeats its links ({@code closure}:
     * {@code skos:broader*}), which a changed triple cannot be matched against, since it may be
     * one step of a chain between the pattern's ends.
     */
    private record Edge(Node subject, Node predicate, Set<Node> links, boolean closure, Node object, List<Integer> groups, TriplePath pattern) {
        /** The values the pattern's variables take to match {@code t}, or {@code null} if it cannot. */
        Binding match(Triple t) {
            BindingBuilder b = BindingBuilder.create();
            if (predicate == null ? !links.contains(t.getPredicate()) : !bind(b, predicate, t.getPredicate()))
                return null;
            return bind(b, subject, t.getSubject()) && bind(b, object, t.getObject()) ? b.build() : null;
        }

        private static boolean bind(BindingBuilder b, Node pattern, Node value) {
            if (!pattern.isVariable())
                return pattern.equals(value);
            Var v = Var.alloc(pattern);
            if (b.contains(v))
                return b.get(v).equals(value);
            b.add(v, value);
            return true;
        }

        List<Var> vars() {
            List<Var> vars = new ArrayList<>();
            for (Node n : new Node[] {subject, predicate, object})
                if (n != null && n.isVariable() && !vars.contains(Var.alloc(n)))
                    vars.add(Var.alloc(n));
            return vars;
        }

        /** The group the pattern sits in directly, or -1 for the query's top group. */
        int innermost() {
            return groups.isEmpty() ? -1 : groups.get(groups.size() - 1);
        }

        /** Whether every solution that matches {@code other} matches this too: this sits in other's group or one around it. */
        boolean around(Edge other) {
            return encloses(groups, other.groups);
        }

        /** Whether the groups {@code outer} are {@code inner} or ones around it (a prefix of its path). */
        static boolean encloses(List<Integer> outer, List<Integer> inner) {
            return outer.size() <= inner.size() && inner.subList(0, outer.size()).equals(outer);
        }
    }

    /** Thrown while reading a query this cannot follow. */
    private static final class Unfollowable extends RuntimeException {
        Unfollowable(String what) {
            super(what, null, false, false);
        }
    }

    private final Query query;
    private final List<Var> identity;
    private final List<Edge> edges = new ArrayList<>();
    private final Map<Var, Var> named = new HashMap<>();
    /** The groups that are the optional side of an OPTIONAL (a left join's right). */
    private final Set<Integer> optionalGroups = new HashSet<>();
    /** The filters of an OPTIONAL (a left join's expressions), by its group. */
    private final Map<Integer, ExprList> optionalFilters = new HashMap<>();
    /** The identity's variables only an OPTIONAL binds, once the query is read ({@link #optionalOnly}). */
    private Set<Var> optionalOnly;
    private int groups;

    private OrderReach(Query query, List<Var> identity) {
        this.query = query;
        this.identity = identity;
    }

    /** How the order's rows are reached from a change, or nothing if its query holds what this cannot follow. */
    static Optional<OrderReach> of(SummaryOrders.Order order, Node summary) {
        Query query = SummaryOrders.query(order, summary);
        List<Var> projected = query.getProjectVars();
        List<Var> identity = order.identity(projected);
        // A parted order's identity is its partition: the parts a change touches are reached as identities are.
        if (identity.isEmpty() || query.hasLimit() || query.hasOffset() || !query.hasOrderBy())
            return Optional.empty();
        for (Var v : identity) {
            if (query.getProject().hasExpr(v))
                return Optional.empty();
            // The rows about some identities are their groups whole only if the identity is a key of the grouping.
            if ((query.hasGroupBy() || query.hasAggregators())
                    && (!query.getGroupBy().getVars().contains(v) || query.getGroupBy().hasExpr(v)))
                return Optional.empty();
        }
        // A sort key is a projected variable or an expression of them (a goal's number read from
        // its target's), which the delta works out on a row's cells.
        for (SortCondition c : query.getOrderBy())
            if (!projected.containsAll(c.getExpression().getVarsMentioned()))
                return Optional.empty();
        Set<Node> properties = new HashSet<>();
        for (SummaryOrders.Column c : order.columns())
            if (!properties.add(c.property()))
                return Optional.empty();
        OrderReach reach = new OrderReach(query, identity);
        try {
            query.getOrderBy().forEach(c -> expr(c.getExpression()));
            reach.walk(TransformScopeRename.transform(Algebra.compile(query)), List.of());
        } catch (Unfollowable e) {
            return Optional.empty();
        }
        return Optional.of(reach);
    }

    /** The order's query (its summary graph named). */
    Query query() {
        return query;
    }

    /** The variables a row is about. */
    List<Var> identity() {
        return identity;
    }

    /** The predicates whose triples can touch a row, or nothing if any can (a pattern with a variable predicate). */
    Optional<Set<Node>> predicates() {
        Set<Node> predicates = new HashSet<>();
        for (Edge e : edges) {
            if (e.predicate() == null)
                predicates.addAll(e.links());
            else if (e.predicate().isVariable())
                return Optional.empty();
            else
                predicates.add(e.predicate());
        }
        return Optional.of(predicates);
    }

    /**
     * The identities (values of {@link #identity}, in its order) whose rows the changed triples can
     * touch: {@code either} queries the store as it is after the change with the triples it took
     * out, {@code eachState} the store before the change and after it, one after the other;
     * nothing if a pattern a changed triple matches is not joined to the identity by the patterns
     * around it.
     */
    Optional<Set<List<Node>>> identities(Collection<Triple> changed, Function<Query, List<Binding>> either,
            Function<Query, List<Binding>> eachState) {
        Set<List<Node>> found = new LinkedHashSet<>();
        Map<Edge, Set<Binding>> toFollow = new LinkedHashMap<>();
        for (Triple t : changed)
            for (Edge e : edges) {
                if (e.closure() && e.links().contains(t.getPredicate()))
                    return Optional.empty();
                Binding b = e.match(t);
                if (b == null)
                    continue;
                if (identity.stream().allMatch(b::contains))
                    found.add(identity.stream().map(b::get).toList());
                if (!identity.stream().allMatch(b::contains) || bindingOptional(e).isPresent())
                    toFollow.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(b);
            }
        for (Map.Entry<Edge, Set<Binding>> e : toFollow.entrySet()) {
            Edge from = e.getKey();
            if (!identity.stream().allMatch(v -> from.vars().contains(v))) {
                Optional<Query> follow = follow(from, e.getValue());
                if (follow.isEmpty())
                    return Optional.empty();
                for (Binding row : either.apply(follow.get()))
                    found.add(identity.stream().map(row::get).toList());
            }
            // A change to a pattern of an OPTIONAL that binds an identity's variable may make it
            // match, or stop matching, solutions that are there before and after: they move between
            // a row about a value of the variable and the row about none, which the change touches
            // too. (A change elsewhere leaves each solution's OPTIONAL as it was: its solutions are
            // found above with the values the OPTIONAL gives them, or none, and stay there.)
            if (bindingOptional(from).isPresent()) {
                Optional<Set<List<Node>>> unmatched = unmatched(from, e.getValue(), either, eachState);
                if (unmatched.isEmpty())
                    return Optional.empty();
                found.addAll(unmatched.get());
            }
        }
        return Optional.of(found);
    }

    /**
     * The group of the OPTIONAL that {@code e} sits in (or in one inside it) and whose patterns bind
     * a variable of the identity that only an OPTIONAL binds ({@link #optionalOnly}), if any.
     */
    private Optional<Integer> bindingOptional(Edge e) {
        Set<Var> optional = optionalOnly();
        for (int group : e.groups())
            if (optionalGroups.contains(group))
                for (Edge binding : edges)
                    if (binding.groups().contains(group) && binding.vars().stream().anyMatch(optional::contains))
                        return Optional.of(group);
        return Optional.empty();
    }

    /**
     * The identities, about no value of the variables its OPTIONAL binds, of the solutions joined
     * to the values {@code bindings} of {@code from}'s variables (a pattern of that OPTIONAL) that
     * the OPTIONAL does not match in the store before the change or after it: the patterns around
     * it, from the variables it shares with them, to the identity's other variables, and the
     * OPTIONAL with its filters, unbound; nothing if they do not reach them.
     */
    private Optional<Set<List<Node>>> unmatched(Edge from, Set<Binding> bindings, Function<Query, List<Binding>> either,
            Function<Query, List<Binding>> eachState) {
        int group = bindingOptional(from).orElseThrow();
        Predicate<Edge> outside = e -> e.around(from) && !e.groups().contains(group);
        List<Edge> inside = edges.stream().filter(e -> e.groups().contains(group)).toList();
        List<Var> shared = new ArrayList<>();
        for (Edge e : inside)
            for (Var v : e.vars())
                if (!shared.contains(v) && edges.stream().anyMatch(o -> outside.test(o) && o.vars().contains(v)))
                    shared.add(v);
        if (shared.isEmpty())
            return Optional.empty();
        // The shared variables' values: the changed triple's own, or those the patterns join it to.
        List<Binding> sharedValues;
        if (from.vars().containsAll(shared)) {
            Set<Binding> projected = new LinkedHashSet<>();
            for (Binding b : bindings) {
                BindingBuilder only = BindingBuilder.create();
                shared.forEach(v -> only.add(v, b.get(v)));
                projected.add(only.build());
            }
            sharedValues = new ArrayList<>(projected);
        } else {
            Set<Edge> path = new LinkedHashSet<>();
            for (Var v : shared) {
                if (from.vars().contains(v))
                    continue;
                Optional<List<Edge>> link = chain(from, from.vars(), v);
                if (link.isEmpty())
                    return Optional.empty();
                path.addAll(link.get());
            }
            ElementGroup where = new ElementGroup();
            where.addElement(new ElementData(from.vars(), new ArrayList<>(bindings)));
            where.addElement(block(path));
            sharedValues = either.apply(select(shared, where));
        }
        if (sharedValues.isEmpty())
            return Optional.of(Set.of());
        Set<Var> optional = optionalOnly();
        List<Var> others = identity.stream().filter(v -> !optional.contains(v)).toList();
        Set<Edge> path = new LinkedHashSet<>();
        for (Var v : others) {
            if (shared.contains(v))
                continue;
            Optional<List<Edge>> link = chain(outside, shared, v);
            if (link.isEmpty())
                return Optional.empty();
            path.addAll(link.get());
        }
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementData(shared, sharedValues));
        where.addElement(block(path));
        ElementGroup matches = new ElementGroup();
        matches.addElement(block(inside));
        ExprList filters = optionalFilters.get(group);
        if (filters != null)
            filters.forEach(f -> matches.addElement(new ElementFilter(f.applyNodeTransform(this::name))));
        where.addElement(new ElementOptional(matches));
        for (Var v : optional)
            if (inside.stream().anyMatch(e -> e.vars().contains(v)))
                where.addElement(new ElementFilter(new E_LogicalNot(new E_Bound(new ExprVar(v)))));
        Set<List<Node>> found = new LinkedHashSet<>();
        for (Binding row : eachState.apply(select(others, where)))
            found.add(identity.stream().map(v -> optional.contains(v) ? null : row.get(v)).toList());
        return Optional.of(found);
    }

    /** SELECT DISTINCT {@code vars} WHERE {@code where}. */
    private static Query select(List<Var> vars, Element where) {
        Query select = new Query();
        select.setQuerySelectType();
        select.setDistinct(true);
        vars.forEach(select::addResultVar);
        select.setQueryPattern(where);
        return select;
    }

    /**
     * The identities joined to the values {@code bindings} of the edge's variables by the patterns
     * around it; an identity's variable that only an OPTIONAL beside them binds (the agency of
     * countries-in-region's rows) is joined through that OPTIONAL, carried whole into the query.
     */
    private Optional<Query> follow(Edge from, Set<Binding> bindings) {
        Set<Edge> path = new LinkedHashSet<>();
        Map<Integer, List<Edge>> optionals = new LinkedHashMap<>();
        List<Var> start = from.vars();
        for (Var target : identity) {
            if (start.contains(target))
                continue;
            Optional<List<Edge>> chain = chain(from, start, target);
            if (chain.isPresent()) {
                path.addAll(chain.get());
                continue;
            }
            Optional<Integer> group = optionalBinding(from, target);
            if (group.isEmpty())
                return Optional.empty();
            int g = group.get();
            List<Edge> inside = edges.stream().filter(e -> e.innermost() == g).toList();
            // The OPTIONAL's variables shared with the patterns outside it are joined to the changed values first;
            // one that cannot be (or an OPTIONAL that shares none) is not followed, as the OPTIONAL alone would be
            // matched against the whole store.
            Set<Var> shared = new LinkedHashSet<>();
            for (Edge e : inside)
                for (Var v : e.vars())
                    if (edges.stream().anyMatch(o -> !o.groups().contains(g) && o.vars().contains(v)))
                        shared.add(v);
            if (shared.isEmpty())
                return Optional.empty();
            for (Var v : shared) {
                if (start.contains(v))
                    continue;
                Optional<List<Edge>> link = chain(from, start, v);
                if (link.isEmpty())
                    return Optional.empty();
                path.addAll(link.get());
            }
            optionals.put(g, inside);
        }
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementData(start, new ArrayList<>(bindings)));
        where.addElement(block(path));
        for (Map.Entry<Integer, List<Edge>> inside : optionals.entrySet()) {
            ElementGroup optional = new ElementGroup();
            optional.addElement(block(inside.getValue()));
            // Its filters too: an OPTIONAL that matches only by its patterns (a country with no English
            // name) gives its solutions none of its values, and they belong to the row about none.
            ExprList filters = optionalFilters.get(inside.getKey());
            if (filters != null)
                filters.forEach(f -> optional.addElement(new ElementFilter(f.applyNodeTransform(this::name))));
            where.addElement(new ElementOptional(optional));
        }
        Query follow = new Query();
        follow.setQuerySelectType();
        follow.setDistinct(true);
        identity.forEach(follow::addResultVar);
        follow.setQueryPattern(where);
        return Optional.of(follow);
    }

    private static ElementPathBlock block(Collection<Edge> edges) {
        ElementPathBlock block = new ElementPathBlock();
        edges.forEach(e -> block.addTriplePath(e.pattern()));
        return block;
    }

    /**
     * The patterns that join the variables {@code start} (the changed pattern's) to {@code target},
     * breadth first through the patterns every solution matching {@code from} matches, from the
     * changed triple's values outward; nothing if they do not reach it.
     */
    private Optional<List<Edge>> chain(Edge from, List<Var> start, Var target) {
        return chain(e -> e != from && e.around(from), start, target);
    }

    /** The patterns {@code usable} that join the variables {@code start} to {@code target}, as {@link #chain(Edge, List, Var)}. */
    private Optional<List<Edge>> chain(Predicate<Edge> usable, List<Var> start, Var target) {
        Map<Var, Edge> via = new HashMap<>();
        Map<Var, Var> parent = new HashMap<>();
        Deque<Var> queue = new ArrayDeque<>(start);
        Set<Var> seen = new HashSet<>(start);
        while (!queue.isEmpty() && !seen.contains(target)) {
            Var v = queue.poll();
            for (Edge e : edges) {
                if (!usable.test(e) || !e.vars().contains(v))
                    continue;
                for (Var w : e.vars())
                    if (seen.add(w)) {
                        via.put(w, e);
                        parent.put(w, v);
                        queue.add(w);
                    }
            }
        }
        if (!seen.contains(target))
            return Optional.empty();
        // Outward, so that each pattern meets a variable the ones before it bound: written from the
        // identity inward, the first pattern ("?form skos:broader* ?concept") had none bound and
        // every form's every activity was joined to each changed triple.
        Deque<Edge> chain = new ArrayDeque<>();
        for (Var w = target; !start.contains(w); w = parent.get(w))
            chain.addFirst(via.get(w));
        return Optional.of(List.copyOf(chain));
    }

    /**
     * The OPTIONAL whose own patterns bind {@code target} and that sits beside {@code from}'s
     * patterns (its group is nested in from's group or one around it, and does not hold from).
     */
    private Optional<Integer> optionalBinding(Edge from, Var target) {
        Set<Integer> binding = new HashSet<>();
        for (Edge e : edges) {
            int group = e.innermost();
            if (!optionalGroups.contains(group))
                continue;
            if (e.vars().contains(target) && !from.groups().contains(group)
                    && Edge.encloses(e.groups().subList(0, e.groups().size() - 1), from.groups()))
                binding.add(group);
        }
        // Two OPTIONALs binding it would each give some of its values: not followed (the order is made again).
        return binding.size() == 1 ? Optional.of(binding.iterator().next()) : Optional.empty();
    }

    /**
     * The identity's variables that only patterns inside an OPTIONAL bind: a row may leave them
     * unbound (an activity of countries-in-region with no agency), and a change that touches a row
     * about some values of them may touch that row too.
     */
    private Set<Var> optionalOnly() {
        if (optionalOnly != null)
            return optionalOnly;
        Set<Var> vars = new HashSet<>();
        for (Var v : identity) {
            boolean bound = false, outside = false;
            for (Edge e : edges)
                if (e.vars().contains(v)) {
                    bound = true;
                    outside |= e.groups().stream().noneMatch(optionalGroups::contains);
                }
            if (bound && !outside)
                vars.add(v);
        }
        optionalOnly = Set.copyOf(vars);
        return optionalOnly;
    }

    /**
     * Every row of the order's query about {@code identities}: its query with their values first in
     * its WHERE, and, if {@code linksFirst}, the patterns that link the identities' variables right
     * after them ({@link #linksFirst}): for a few rows of an order. A part of a parted order
     * holds most of the store's activities, and its own order of patterns reads them fastest (the
     * forms-and-regions order took 44 s, not 25 s, for a page's parts at 10^4 pages with the links
     * first).
     */
    Query restricted(Collection<List<Node>> identities, boolean linksFirst) {
        Set<Var> optional = optionalOnly();
        if (optional.isEmpty())
            return restricted(identity, identities, linksFirst);
        // The rows about a value of a variable only an OPTIONAL binds are read from that OPTIONAL's
        // matches, and those about none from the solutions it does not match (OptionalSplit):
        // a country's training counts rather than every count of a role.
        if (optional.size() == 1) {
            Var variable = optional.iterator().next();
            Query split = query.cloneQuery();
            Optional<Element> where = innermost(split.getQueryPattern(), identity,
                    group -> OptionalSplit.of(group, identity, variable, identities, linksFirst));
            if (where.isPresent()) {
                split.setQueryPattern(where.get());
                return split;
            }
        }
        // Else such a variable cannot be bound before its OPTIONAL: the OPTIONAL would then keep
        // every solution, matched or not, under that value (every activity of a country counted for
        // each agency). Its rows are read by the identity's other values: every row about them.
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < identity.size(); i++)
            if (!optional.contains(identity.get(i)))
                kept.add(i);
        Set<List<Node>> values = new LinkedHashSet<>();
        for (List<Node> row : identities)
            values.add(kept.stream().map(row::get).toList());
        return restricted(kept.stream().map(identity::get).toList(), values, linksFirst);
    }

    /**
     * Every row of the order's query whose variables {@code vars} (the identity, or the first of
     * its variables: a parted order's partition) take one of {@code values}, as {@link #restricted}.
     */
    Query restricted(List<Var> vars, Collection<List<Node>> values, boolean linksFirst) {
        Query restricted = query.cloneQuery();
        List<Binding> rows = new ArrayList<>();
        for (List<Node> row : values) {
            BindingBuilder b = BindingBuilder.create();
            for (int i = 0; i < vars.size(); i++)
                if (row.get(i) != null)
                    b.add(vars.get(i), row.get(i));
            rows.add(b.build());
        }
        ElementData data = new ElementData(vars, rows);
        restricted.setQueryPattern(innermost(restricted.getQueryPattern(), vars,
                pattern -> Optional.of(valuesFirst(pattern, data, linksFirst))).orElseThrow());
        return restricted;
    }

    /**
     * {@code pattern} with its innermost WHERE made by {@code make}, or nothing if {@code make}
     * gives nothing. When the pattern is only a subquery that projects {@code vars} (as the
     * forms-and-regions order's is), the innermost is the subquery's: the same rows, but ARQ
     * evaluates a subquery whole before joining it, where values inside bind its patterns from the
     * start.
     */
    private static Optional<Element> innermost(Element pattern, List<Var> vars, Function<Element, Optional<Element>> make) {
        if (pattern instanceof ElementGroup group && group.size() == 1 && group.get(0) instanceof ElementSubQuery sub
                && sub.getQuery().getProjectVars().containsAll(vars) && !sub.getQuery().hasLimit() && !sub.getQuery().hasOffset()) {
            Query inner = sub.getQuery().cloneQuery();
            Optional<Element> made = innermost(inner.getQueryPattern(), vars, make);
            if (made.isEmpty())
                return Optional.empty();
            inner.setQueryPattern(made.get());
            ElementGroup where = new ElementGroup();
            where.addElement(new ElementSubQuery(inner));
            return Optional.of(where);
        }
        return make.apply(pattern);
    }

    /** {@code pattern} with {@code values} first, and if {@code linksFirst} the patterns that link their variables after them. */
    private static Element valuesFirst(Element pattern, ElementData values, boolean linksFirst) {
        ElementGroup where = new ElementGroup();
        where.addElement(values);
        if (pattern instanceof ElementGroup group)
            (linksFirst ? linksFirst(group.getElements(), values.getVars()) : group.getElements()).forEach(where::addElement);
        else
            where.addElement(pattern);
        return where;
    }

    /**
     * A group's elements with the triple patterns that link a variable to an identity's (bound by
     * the values before them) moved to the front, in their order, when only triple patterns,
     * filters and binds come before them: from the agency an order's row is about to its
     * activities, rather than from every activity classified by a form down to the agency's (at 10^4
     * pages, 0.5 s against 3.5 s for two rows of agencies-per-sdg-target). A join's parts may come
     * in any order, and filters hold for the whole group; a bind only adds its variable, which no
     * moved pattern reads (the patterns moved are those before any bind that names their variables).
     */
    static List<Element> linksFirst(List<Element> elements, List<Var> vars) {
        ElementPathBlock first = new ElementPathBlock();
        List<Element> rest = new ArrayList<>();
        Set<Var> bound = new HashSet<>();
        boolean open = true;
        for (Element e : elements) {
            if (open && e instanceof ElementPathBlock block) {
                ElementPathBlock kept = new ElementPathBlock();
                for (TriplePath t : block.getPattern().getList()) {
                    if (links(t, vars) && !readsAny(t, bound))
                        first.addTriplePath(t);
                    else
                        kept.addTriplePath(t);
                }
                if (!kept.isEmpty())
                    rest.add(kept);
                continue;
            }
            if (e instanceof ElementBind bind)
                bound.add(bind.getVar());
            else if (!(e instanceof ElementFilter))
                open = false;
            rest.add(e);
        }
        if (first.isEmpty())
            return elements;
        List<Element> reordered = new ArrayList<>();
        reordered.add(first);
        reordered.addAll(rest);
        return reordered;
    }

    private static boolean links(TriplePath t, List<Var> vars) {
        return t.getSubject() instanceof Var s && vars.contains(s) || t.getObject() instanceof Var o && vars.contains(o);
    }

    private static boolean readsAny(TriplePath t, Set<Var> vars) {
        return t.getSubject() instanceof Var s && vars.contains(s) || t.getObject() instanceof Var o && vars.contains(o)
                || t.getPredicate() instanceof Var p && vars.contains(p);
    }

    private void walk(Op op, List<Integer> in) {
        switch (op) {
            case OpBGP bgp -> bgp.getPattern().forEach(t -> edge(t.getSubject(), t.getPredicate(), t.getObject(), null, in));
            case OpTriple t -> edge(t.getTriple().getSubject(), t.getTriple().getPredicate(), t.getTriple().getObject(), null, in);
            case OpQuadPattern quads -> quads.getPattern().forEach(q -> edge(q.getSubject(), q.getPredicate(), q.getObject(), null, in));
            case OpPath p -> edge(p.getTriplePath().getSubject(), null, p.getTriplePath().getObject(), p.getTriplePath().getPath(), in);
            case OpGraph g -> walk(g.getSubOp(), in);
            case OpJoin j -> {
                walk(j.getLeft(), in);
                walk(j.getRight(), in);
            }
            case OpSequence s -> s.getElements().forEach(e -> walk(e, in));
            case OpLeftJoin lj -> {
                exprs(lj.getExprs());
                walk(lj.getLeft(), in);
                List<Integer> group = optional(in);
                if (lj.getExprs() != null)
                    optionalFilters.put(group.get(group.size() - 1), lj.getExprs());
                walk(lj.getRight(), group);
            }
            case OpConditional c -> {
                walk(c.getLeft(), in);
                walk(c.getRight(), optional(in));
            }
            case OpMinus m -> {
                walk(m.getLeft(), in);
                walk(m.getRight(), nested(in));
            }
            case OpUnion u -> {
                walk(u.getLeft(), nested(in));
                walk(u.getRight(), nested(in));
            }
            case OpFilter f -> {
                exprs(f.getExprs());
                walk(f.getSubOp(), in);
            }
            case OpExtend e -> {
                exprs(e.getVarExprList());
                walk(e.getSubOp(), in);
            }
            case OpAssign a -> {
                exprs(a.getVarExprList());
                walk(a.getSubOp(), in);
            }
            // A subquery's grouping: its solutions are grouped, not joined, with the rest.
            case OpGroup g -> walk(g.getSubOp(), nested(in));
            case OpProject p -> walk(p.getSubOp(), in);
            case OpDistinct d -> walk(d.getSubOp(), in);
            case OpReduced r -> walk(r.getSubOp(), in);
            case OpOrder o -> walk(o.getSubOp(), in);
            case OpTable t -> { }
            default -> throw new Unfollowable(op.getName());
        }
    }

    /** A group nested in {@code in} that is an OPTIONAL's optional side. */
    private List<Integer> optional(List<Integer> in) {
        List<Integer> group = nested(in);
        optionalGroups.add(group.get(group.size() - 1));
        return group;
    }

    private List<Integer> nested(List<Integer> in) {
        List<Integer> groupsIn = new ArrayList<>(in);
        groupsIn.add(++groups);
        return List.copyOf(groupsIn);
    }

    private void edge(Node s, Node p, Node o, Path path, List<Integer> in) {
        Node subject = name(s), object = name(o);
        if (path == null) {
            Node predicate = name(p);
            edges.add(new Edge(subject, predicate, Set.of(), false, object, in, new TriplePath(Triple.create(subject, predicate, object))));
            return;
        }
        switch (path) {
            case P_Link link -> edges.add(new Edge(subject, link.getNode(), Set.of(), false, object, in,
                    new TriplePath(Triple.create(subject, link.getNode(), object))));
            // A sequence is its steps, joined by variables of their own.
            case P_Seq seq -> {
                Node between = Var.alloc("reach_" + named.size() + "_" + edges.size());
                named.put(Var.alloc(between), Var.alloc(between));
                edge(subject, null, between, seq.getLeft(), in);
                edge(between, null, object, seq.getRight(), in);
            }
            default -> {
                Set<Node> links = new HashSet<>();
                boolean closure = links(path, links);
                edges.add(new Edge(subject, null, links, closure, object, in, new TriplePath(subject, path, object)));
            }
        }
    }

    /** Adds the links of an alternative of links, or of one repeated ({@code *}, {@code +}); whether it repeats. */
    private static boolean links(Path path, Set<Node> links) {
        switch (path) {
            case P_Link link -> links.add(link.getNode());
            case P_Alt alt -> {
                return links(alt.getLeft(), links) | links(alt.getRight(), links);
            }
            case P_ZeroOrMore1 star -> {
                links(star.getSubPath(), links);
                return true;
            }
            case P_OneOrMore1 plus -> {
                links(plus.getSubPath(), links);
                return true;
            }
            default -> throw new Unfollowable(path.toString());
        }
        return false;
    }

    /** A variable the algebra made up (a path's, a subquery's own) under a name a query can be written with. */
    private Node name(Node n) {
        if (!n.isVariable())
            return n;
        Var v = Var.alloc(n);
        if (Var.isNamedVar(v) && !Var.isRenamedVar(v))
            return v;
        return named.computeIfAbsent(v, k -> Var.alloc("reach_" + named.size()));
    }

    private static void exprs(ExprList exprs) {
        if (exprs != null)
            exprs.forEach(OrderReach::expr);
    }

    private static void exprs(VarExprList exprs) {
        exprs.getExprs().values().forEach(OrderReach::expr);
    }

    /** EXISTS and NOT EXISTS read patterns this does not follow. */
    private static void expr(Expr expr) {
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp op) {
                throw new Unfollowable(op.toString());
            }
        });
    }
}
