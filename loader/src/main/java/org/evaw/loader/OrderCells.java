package org.evaw.loader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;

/** The cells a restated order's rows hold, made as ARQ makes them (a COUNT, a GROUP_CONCAT, an unbound OPTIONAL). */
final class OrderCells {
    /** What an OPTIONAL that matched nothing leaves: one row, the variable unbound. */
    static final List<Node> UNBOUND = Collections.singletonList(null);

    private OrderCells() {}

    /** The values an OPTIONAL gives a variable: those found, or one unbound when none is. */
    static List<Node> optional(Collection<Node> found) {
        return found.isEmpty() ? UNBOUND : new ArrayList<>(found);
    }

    /** A COUNT's value. */
    static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** {@code GROUP_CONCAT(DISTINCT ?x; separator=…)} of values already distinct and in the order the group met them. */
    static Node concat(Collection<Node> values, String separator) {
        return NodeFactory.createLiteralString(values.stream().map(NodeFunctions::str).collect(Collectors.joining(separator)));
    }

    /** A row binding each name to the value after it, leaving out the unbound ({@code null}) ones. */
    static Binding row(Object... namesAndValues) {
        BindingBuilder b = BindingBuilder.create();
        for (int i = 0; i < namesAndValues.length; i += 2)
            if (namesAndValues[i + 1] != null)
                b.add(Var.alloc((String) namesAndValues[i]), (Node) namesAndValues[i + 1]);
        return b.build();
    }
}
