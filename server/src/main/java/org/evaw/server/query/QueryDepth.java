package org.evaw.server.query;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementExists;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementNotExists;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * How deep a query's algebra will nest, measured on its syntax before anything runs: ARQ compiles,
 * optimises and evaluates the algebra by recursion, so a query that parses flat but nests deep
 * (a 20 000-term {@code UNION}, a group of thousands of {@code OPTIONAL}s, an expression of
 * thousands of {@code ||}) would end in a {@code StackOverflowError}. Each UNION branch, each
 * element of a group, each level of a nested pattern and each level of an expression counts one.
 */
public final class QueryDepth {
    /** The deepest query the server runs; ARQ's recursion runs well within a thread's stack at this depth. */
    public static final int MAX = 1_000;

    private QueryDepth() {}

    /** The depth of a query: its pattern and its expressions (projection, grouping, HAVING, ORDER BY). */
    public static int of(Query query) {
        int depth = query.getQueryPattern() == null ? 0 : of(query.getQueryPattern());
        depth = Math.max(depth, of(query.getProject()));
        if (query.hasGroupBy())
            depth = Math.max(depth, of(query.getGroupBy()));
        if (query.hasHaving())
            for (Expr e : query.getHavingExprs())
                depth = Math.max(depth, of(e));
        if (query.hasOrderBy())
            for (var c : query.getOrderBy())
                depth = Math.max(depth, of(c.getExpression()));
        return depth;
    }

    private static int of(VarExprList vars) {
        int depth = 0;
        for (Expr e : vars.getExprs().values())
            depth = Math.max(depth, of(e));
        return depth;
    }

    // Elements nest no deeper than the parser's own recursion, which returned: recursion is safe here.
    static int of(Element element) {
        return switch (element) {
            case ElementGroup group -> group.size() + deepest(group.getElements());
            case ElementUnion union -> union.getElements().size() + deepest(union.getElements());
            case ElementOptional o -> 1 + of(o.getOptionalElement());
            case ElementMinus m -> 1 + of(m.getMinusElement());
            case ElementNamedGraph g -> 1 + of(g.getElement());
            case ElementService s -> 1 + of(s.getElement());
            case ElementExists e -> 1 + of(e.getElement());
            case ElementNotExists e -> 1 + of(e.getElement());
            case ElementSubQuery s -> 1 + of(s.getQuery());
            case ElementFilter f -> 1 + of(f.getExpr());
            case ElementBind b -> 1 + of(b.getExpr());
            default -> 1;
        };
    }

    private static int deepest(List<Element> elements) {
        int deepest = 0;
        for (Element e : elements)
            deepest = Math.max(deepest, of(e));
        return deepest;
    }

    /** An expression's depth, walked without recursion: the parser builds {@code a || b || …} flat, as a left-deep tree. */
    static int of(Expr expr) {
        if (expr == null)
            return 0;
        record At(Expr expr, int depth) {}
        Deque<At> todo = new ArrayDeque<>();
        todo.push(new At(expr, 1));
        int deepest = 0;
        while (!todo.isEmpty()) {
            At at = todo.pop();
            deepest = Math.max(deepest, at.depth);
            if (at.depth > MAX)
                return at.depth;
            Expr e = at.expr;
            if (e instanceof ExprFunctionOp op && op.getElement() != null)
                deepest = Math.max(deepest, at.depth + of(op.getElement()));
            if (e instanceof ExprAggregator agg) {
                for (Expr arg : agg.getAggregator().getExprList() == null ? java.util.List.<Expr>of() : agg.getAggregator().getExprList().getList())
                    todo.push(new At(arg, at.depth + 1));
            } else if (e instanceof ExprFunction f) {
                for (Expr arg : f.getArgs())
                    todo.push(new At(arg, at.depth + 1));
            }
        }
        return deepest;
    }
}
