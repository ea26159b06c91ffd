package org.evaw.server.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLateral;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.table.TableN;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrContains;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.evaw.ontology.EVAW;
import org.evaw.search.SearchIndex;

/**
 * A free-text FILTER over the activities' descriptions, answered from the search index first:
 * <pre>
 *   ?activity a evaw:Activity ; dcterms:description ?d .
 *   FILTER (CONTAINS(LCASE(STR(?d)), "police"))
 * </pre>
 * (also {@code LCASE(?d)}, {@code STR(?d)} or {@code ?d}, and the text as a literal or its
 * {@code LCASE}) becomes, in the basic graph pattern that binds both, a join that starts from the
 * activities {@link SearchIndex#activitiesDescribedWith} gives, so that only their descriptions are
 * read instead of every activity's. The index gives a superset of the activities whose description
 * contains the text and the FILTER stays where it was, so the answer is exactly the query's: an
 * activity the index adds is dropped by the FILTER as before. The rewrite is sound wherever the
 * pattern sits on the FILTER's mandatory path (a join's either side, an OPTIONAL's left side,
 * another FILTER or a BIND), since every row the FILTER keeps then takes its {@code ?activity} and
 * {@code ?d} from that pattern's match. When the index cannot vouch for its answer (stale, under
 * three characters, too many matches) the query is left as it was. The rows are the same rows, as
 * many times each; a query without ORDER BY may list them in another order (the candidates come in
 * the index's order), as SPARQL allows. Not rewritten: what a {@code SERVICE} sends to another store
 * (the candidates are this store's), and a query with {@code LATERAL}, whose right side ARQ evaluates
 * with the left side's values put into it.
 */
public final class DescriptionContains extends TransformCopy {
    /**
     * More candidates than this and the query is left alone: the join saves little over reading every
     * description when a large share of the activities match, and the candidates are held while the
     * query is planned, outside its memory's watch (100 000 IRIs: some 20 MB).
     */
    static final int MOST_CANDIDATES = 100_000;
    /**
     * How many texts one query may look up, and how many patterns it may have examined: both happen
     * while the query is planned, before its timeout applies, so a query of a thousand FILTERs or
     * patterns gets the first few and is read plainly for the rest.
     */
    static final int MOST_LOOKUPS = 8;
    static final int MOST_EXAMINED = 64;
    private static final Node TYPE = RDF.type.asNode();
    private static final Node ACTIVITY = EVAW.Activity.asNode();
    private static final Node DESCRIPTION = DCTerms.description.asNode();

    private final SearchIndex index;
    /** One lookup per text and casing in a query, however many patterns and variables ask for it. */
    private final Map<Text, Optional<List<String>>> looked = new HashMap<>();
    private int examined;

    /** What a lookup is for: a text, and whether the description is lower-cased before it is compared. */
    private record Text(String text, boolean lowerCased) {}

    DescriptionContains(SearchIndex index) {
        this.index = index;
    }

    /**
     * {@code op} with its description FILTERs started from {@code index}'s candidates, where that is sound; the first
     * page of a search in page order from the first candidates alone ({@link FirstRowsInPageOrder}) when the dataset's
     * default graph is the union of its graphs ({@code context}: the query's).
     */
    static Op rewrite(Op op, SearchIndex index, Context context) {
        if (hasLateral(op))
            return op;
        Optional<Op> first = FirstRowsInPageOrder.rewrite(op, index, context);
        return first.orElseGet(() -> Transformer.transformSkipService(new DescriptionContains(index), op));
    }

    private static boolean hasLateral(Op op) {
        boolean[] found = {false};
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpLateral lateral) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** The rewrite installed in a dataset's context by {@link #install}, until closed. */
    public interface Installed extends AutoCloseable {
        /** Puts back the optimiser the context had before. */
        @Override
        void close();
    }

    /**
     * Installs the rewrite alone, before ARQ's own optimisation, in the context of a dataset that
     * {@code index} is the index of, for a store read by a command rather than served (the server's
     * {@link PublicQueryRewrite} includes it); closing it puts back what the context had, since Jena
     * gives every user of a store's directory in a JVM the same dataset and context.
     */
    public static Installed install(Context context, SearchIndex index) {
        Object optimiser = context.get(ARQConstants.sysOptimizerFactory);
        Object optimisation = context.get(ARQ.optimization);
        RewriteFactory factory = cxt -> {
            Rewrite standard = Optimize.stdOptimizationFactory.create(cxt);
            return op -> standard.rewrite(rewrite(op, index, cxt));
        };
        context.set(ARQConstants.sysOptimizerFactory, factory);
        context.set(ARQ.optimization, true);
        return () -> {
            restore(context, ARQConstants.sysOptimizerFactory, optimiser);
            restore(context, ARQ.optimization, optimisation);
        };
    }

    private static void restore(Context context, org.apache.jena.sparql.util.Symbol key, Object value) {
        if (value == null)
            context.remove(key);
        else
            context.set(key, value);
    }

    /** A {@code CONTAINS} of a constant text in a variable's value, lower-cased or not. */
    record Contains(Var described, String text, boolean lowerCased) {
        static Optional<Contains> of(Expr expr) {
            if (!(expr instanceof E_StrContains contains))
                return Optional.empty();
            Optional<String> text = constant(contains.getArg2());
            if (text.isEmpty())
                return Optional.empty();
            Expr in = contains.getArg1();
            boolean lowerCased = in instanceof E_StrLowerCase;
            if (in instanceof E_StrLowerCase lcase)
                in = lcase.getArg();
            if (in instanceof E_Str str)
                in = str.getArg();
            return in instanceof ExprVar v ? Optional.of(new Contains(v.asVar(), text.get(), lowerCased)) : Optional.empty();
        }

        /** A literal's text, or its {@code LCASE}: nothing else is evaluated while a query is planned. */
        private static Optional<String> constant(Expr expr) {
            try {
                if (expr instanceof NodeValue nv && nv.asNode().isLiteral())
                    return Optional.of(nv.asNode().getLiteralLexicalForm());
                if (expr instanceof E_StrLowerCase lcase && lcase.getArg() instanceof NodeValue nv)
                    return Optional.of(XSDFuncOp.strLowerCase(nv).asNode().getLiteralLexicalForm());
            } catch (ExprEvalException notAString) {
                // Not a string: CONTAINS fails on every row, and the plain plan says so.
            }
            return Optional.empty();
        }
    }

    @Override
    public Op transform(OpFilter filter, Op sub) {
        for (Expr expr : filter.getExprs()) {
            Optional<Contains> contains = Contains.of(expr);
            if (contains.isEmpty())
                continue;
            Op restricted = restrict(sub, contains.get());
            if (restricted != null)
                return OpFilter.filterDirect(filter.getExprs(), restricted);
        }
        return super.transform(filter, sub);
    }

    /** {@code op} with the pattern that binds the activity and its description joined to the candidates; null if none. */
    private Op restrict(Op op, Contains contains) {
        if (op instanceof OpBGP bgp)
            return restrict(bgp, contains);
        if (op instanceof OpFilter f) {
            Op sub = restrict(f.getSubOp(), contains);
            return sub == null ? null : OpFilter.filterDirect(f.getExprs(), sub);
        }
        if (op instanceof OpExtend extend) {
            Op sub = restrict(extend.getSubOp(), contains);
            return sub == null ? null : extend.copy(sub);
        }
        if (op instanceof OpLeftJoin optional) {
            Op left = restrict(optional.getLeft(), contains);
            return left == null ? null : optional.copy(left, optional.getRight());
        }
        if (op instanceof OpJoin join) {
            Op left = restrict(join.getLeft(), contains);
            if (left != null)
                return join.copy(left, join.getRight());
            Op right = restrict(join.getRight(), contains);
            return right == null ? null : join.copy(join.getLeft(), right);
        }
        if (op instanceof OpSequence sequence) {
            List<Op> elements = new ArrayList<>(sequence.getElements());
            for (int i = 0; i < elements.size(); i++) {
                Op element = restrict(elements.get(i), contains);
                if (element != null) {
                    elements.set(i, element);
                    return sequence.copy(elements);
                }
            }
        }
        return null;
    }

    private Op restrict(OpBGP bgp, Contains contains) {
        if (++examined > MOST_EXAMINED)
            return null;
        List<Triple> triples = bgp.getPattern().getList();
        Set<Node> activities = new HashSet<>();
        for (Triple t : triples) {
            if (t.getSubject().isVariable() && TYPE.equals(t.getPredicate()) && ACTIVITY.equals(t.getObject()))
                activities.add(t.getSubject());
        }
        for (Triple described : triples) {
            if (!DESCRIPTION.equals(described.getPredicate()) || !contains.described().equals(described.getObject())
                    || !activities.contains(described.getSubject()))
                continue;
            Text text = new Text(contains.text(), contains.lowerCased());
            if (!looked.containsKey(text) && looked.size() >= MOST_LOOKUPS)
                return null;
            Optional<List<String>> candidates = looked.computeIfAbsent(text,
                    t -> index.activitiesDescribedWith(t.text(), t.lowerCased(), MOST_CANDIDATES));
            if (candidates.isEmpty())
                return null;
            return OpSequence.create(OpTable.create(table(Var.alloc(described.getSubject()), candidates.get())), bgp);
        }
        return null;
    }

    static TableN table(Var activity, List<String> iris) {
        TableN table = new TableN(List.of(activity));
        for (String iri : iris)
            table.addBinding(BindingFactory.binding(activity, NodeFactory.createURI(iri)));
        return table;
    }
}
