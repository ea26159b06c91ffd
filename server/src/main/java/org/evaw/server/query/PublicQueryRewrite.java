package org.evaw.server.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.util.Context;
import org.evaw.search.SearchIndex;

/**
 * What every query on the public dataset becomes before ARQ's own optimisation and execution:
 * {@code REGEX} and {@code REPLACE} call {@link LinearRegex}, and each {@code GROUP_CONCAT} draws
 * on one budget of characters for the whole query ({@link BoundedGroupConcat}), so that no pattern
 * runs for ever and no aggregate grows until the heap is gone; and, given the store's search index,
 * a {@code CONTAINS} over the activities' descriptions starts from the activities the index says
 * may match ({@link DescriptionContains}), the answer unchanged. Installed in a dataset's context
 * as ARQ's optimizer factory, so Fuseki, the saved queries and the linked-data pages all get it.
 */
public final class PublicQueryRewrite implements Rewrite {
    /** The characters all the GROUP_CONCATs of one query may hold together, unless told otherwise. */
    public static final long DEFAULT_CONCAT_CHARS = 16L * 1024 * 1024;

    private final Rewrite standard;
    private final long concatChars;
    private final Optional<SearchIndex> index;

    /** The query's context: what it is asked of (its dataset, whether the default graph is the union). */
    private final Context context;

    private PublicQueryRewrite(Rewrite standard, long concatChars, Optional<SearchIndex> index, Context context) {
        this.standard = standard;
        this.concatChars = concatChars;
        this.index = index;
        this.context = context;
    }

    /** Installs the rewrite in a dataset's context; {@code index} is the dataset's search index, if it has one. */
    public static void applyTo(Context context, long concatChars, Optional<SearchIndex> index) {
        RewriteFactory factory = cxt -> new PublicQueryRewrite(Optimize.stdOptimizationFactory.create(cxt), concatChars, index, cxt);
        context.set(ARQConstants.sysOptimizerFactory, factory);
        // ARQ skips the optimizer (and so this rewrite) when optimisation is off; keep it on.
        context.set(ARQ.optimization, true);
    }

    // Before ARQ's optimiser: its constant folding evaluates REGEX("…", "…") while it optimises.
    @Override
    public Op rewrite(Op op) {
        BoundedGroupConcat.Budget budget = new BoundedGroupConcat.Budget(concatChars);
        Op bounded = Transformer.transform(new Aggregates(budget), new Functions(), op);
        return standard.rewrite(index.map(i -> DescriptionContains.rewrite(bounded, i, context)).orElse(bounded));
    }

    private static final class Functions extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex)
                return new E_Function(LinearRegex.REGEX, args);
            if (func instanceof E_StrReplace)
                return new E_Function(LinearRegex.REPLACE, args);
            return super.transform(func, args);
        }
    }

    private static final class Aggregates extends TransformCopy {
        private final BoundedGroupConcat.Budget budget;

        Aggregates(BoundedGroupConcat.Budget budget) {
            this.budget = budget;
        }

        @Override
        public Op transform(OpGroup opGroup, Op subOp) {
            List<ExprAggregator> aggregators = new ArrayList<>();
            boolean changed = false;
            for (ExprAggregator agg : opGroup.getAggregators()) {
                if (agg.getAggregator() instanceof AggGroupConcat || agg.getAggregator() instanceof AggGroupConcatDistinct) {
                    aggregators.add(new ExprAggregator(agg.getVar(), new BoundedGroupConcat(agg.getAggregator(), budget)));
                    changed = true;
                } else {
                    aggregators.add(agg);
                }
            }
            return changed ? OpGroup.create(subOp, opGroup.getGroupVars(), aggregators) : super.transform(opGroup, subOp);
        }
    }
}
