package org.evaw.server.query;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.graph.NodeTransform;
import org.apache.jena.sparql.serializer.SerializationContext;

/**
 * A {@code GROUP_CONCAT} that stops the query once all its groups together hold more than a
 * budget of characters: Jena's own keeps appending to a string per group until the heap is gone.
 * It counts each value as it comes (with DISTINCT, repeats count too) and hands it to Jena's
 * accumulator, which does the concatenation.
 */
final class BoundedGroupConcat implements Aggregator {
    /** The characters one query's string aggregates may hold together. */
    static final class Budget {
        private final long limit;
        private final AtomicLong used = new AtomicLong();

        Budget(long limit) {
            this.limit = limit;
        }

        void spend(long chars) {
            if (limit > 0 && used.addAndGet(chars) > limit)
                throw new ResultTooLargeException("GROUP_CONCAT would hold more than " + limit
                        + " characters; ask for fewer or shorter values (a LIMIT, a FILTER, SUBSTR)");
        }
    }

    private final Aggregator jena;
    private final Budget budget;

    BoundedGroupConcat(Aggregator jena, Budget budget) {
        this.jena = jena;
        this.budget = budget;
    }

    @Override
    public Accumulator createAccumulator() {
        Accumulator inner = jena.createAccumulator();
        return new Accumulator() {
            @Override
            public void accumulate(Binding binding, FunctionEnv env) {
                try {
                    NodeValue nv = jena.getExprList().get(0).eval(binding, env);
                    budget.spend(nv.asString().length() + 1L);
                } catch (ExprEvalException unbound) {
                    // Jena's accumulator skips it too.
                }
                inner.accumulate(binding, env);
            }

            @Override
            public NodeValue getValue() {
                return inner.getValue();
            }
        };
    }

    @Override public Node getValueEmpty() { return jena.getValueEmpty(); }
    @Override public String toPrefixString() { return jena.toPrefixString(); }
    @Override public String key() { return jena.key(); }
    @Override public String getName() { return jena.getName(); }
    @Override public ExprList getExprList() { return jena.getExprList(); }
    @Override public Aggregator copy(ExprList exprs) { return new BoundedGroupConcat(jena.copy(exprs), budget); }
    @Override public Aggregator copyTransform(NodeTransform transform) { return new BoundedGroupConcat(jena.copyTransform(transform), budget); }
    @Override public int hashCode() { return jena.hashCode(); }
    @Override public boolean equals(Object other) { return other instanceof BoundedGroupConcat b && jena.equals(b.jena); }
    @Override public boolean equals(Aggregator other, boolean bySyntax) {
        return other instanceof BoundedGroupConcat b && jena.equals(b.jena, bySyntax);
    }
    @Override public String asSparqlExpr(SerializationContext sCxt) { return jena.asSparqlExpr(sCxt); }
}
