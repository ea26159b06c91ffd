package org.evaw.loader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.PatternVars;

/**
 * The WHERE of an order's query restricted to some identities, one of whose variables only an
 * OPTIONAL of the group binds (people-trained-by-country's code of the country a count is counted
 * in): the rows about a value of it are the solutions that OPTIONAL matches with that value, so
 * its patterns are joined, first, to the rest of the group (a country's training counts, not every
 * count of a role); the rows about none are the solutions it does not match, the group as written
 * with the variable unbound, kept so before the group's later elements are joined to them. The
 * two, when both are asked for, are the branches of a UNION: their solutions differ in the
 * variable, so none is counted twice.
 */
final class OptionalSplit {
    private OptionalSplit() {}

    /**
     * The group {@code pattern} restricted to the {@code identities} (values of {@code identity},
     * {@code variable}'s {@code null} where it is unbound); nothing when the group holds no one
     * OPTIONAL, of triple patterns and filters on them, that alone binds {@code variable} and
     * shares with the group's other OPTIONALs and binds only what its required patterns bind.
     */
    static Optional<Element> of(Element pattern, List<Var> identity, Var variable, Collection<List<Node>> identities, boolean linksFirst) {
        if (!(pattern instanceof ElementGroup group))
            return Optional.empty();
        ElementOptional binding = null;
        for (Element e : group.getElements())
            if (e instanceof ElementOptional o && PatternVars.vars(o.getOptionalElement()).contains(variable)) {
                if (binding != null)
                    return Optional.empty();
                binding = o;
            }
        if (binding == null || !(binding.getOptionalElement() instanceof ElementGroup inside) || !joinable(group, binding, inside))
            return Optional.empty();
        List<Element> rest = new ArrayList<>(group.getElements());
        rest.remove(binding);

        int at = identity.indexOf(variable);
        List<Var> others = new ArrayList<>(identity);
        others.remove(variable);
        List<Binding> some = new ArrayList<>();
        Set<List<Node>> none = new LinkedHashSet<>();
        for (List<Node> values : identities) {
            if (values.get(at) != null) {
                some.add(KeptOrders.binding(identity, values));
            } else {
                List<Node> kept = new ArrayList<>(values);
                kept.remove(at);
                none.add(kept);
            }
        }
        List<ElementGroup> branches = new ArrayList<>();
        if (!some.isEmpty()) {
            ElementGroup matched = new ElementGroup();
            matched.addElement(new ElementData(identity, some));
            // The OPTIONAL's patterns first: ARQ keeps the written order of patterns it cannot tell
            // apart ("?country evaw:iso3 'KEN'" and "?count evaw:role 'police officers'").
            (linksFirst ? OrderReach.linksFirst(inside.getElements(), identity) : inside.getElements()).forEach(matched::addElement);
            (linksFirst ? OrderReach.linksFirst(rest, identity) : rest).forEach(matched::addElement);
            branches.add(matched);
        }
        if (!none.isEmpty()) {
            // The solutions the OPTIONAL does not match, kept before the group's later elements are
            // joined to them: ARQ applies a group's filters after all of them, and the later
            // OPTIONAL of people-trained-by-country read every count's activity's codes (270 ms,
            // not 210 ms, for the rows of no country of a role at 10^4 pages). The group's own
            // filters stay where they were, after all of them.
            List<Element> elements = linksFirst ? OrderReach.linksFirst(group.getElements(), others) : group.getElements();
            int end = elements.indexOf(binding) + 1;
            ElementGroup unmatched = new ElementGroup();
            unmatched.addElement(new ElementData(others, none.stream().map(values -> KeptOrders.binding(others, values)).toList()));
            elements.subList(0, end).stream().filter(e -> !(e instanceof ElementFilter)).forEach(unmatched::addElement);
            unmatched.addElement(new ElementFilter(new E_LogicalNot(new E_Bound(new ExprVar(variable)))));
            ElementGroup after = new ElementGroup();
            after.addElement(unmatched);
            elements.subList(end, elements.size()).forEach(after::addElement);
            elements.subList(0, end).stream().filter(e -> e instanceof ElementFilter).forEach(after::addElement);
            branches.add(after);
        }
        if (branches.size() == 1)
            return Optional.of(branches.get(0));
        ElementUnion union = new ElementUnion();
        branches.forEach(union::addElement);
        ElementGroup where = new ElementGroup();
        where.addElement(union);
        return Optional.of(where);
    }

    /**
     * Whether the OPTIONAL's patterns can be joined to the rest of its group instead: it holds
     * triple patterns and filters that read only their variables, and the variables it shares with
     * the group's other OPTIONALs, binds and subqueries are bound by the group's own triple
     * patterns (so that a left join after it, or a bind, sees the same values either way).
     */
    private static boolean joinable(ElementGroup group, ElementOptional binding, ElementGroup inside) {
        Set<Var> own = new HashSet<>();
        for (Element e : inside.getElements()) {
            if (e instanceof ElementPathBlock block)
                own.addAll(PatternVars.vars(block));
            else if (!(e instanceof ElementFilter))
                return false;
        }
        for (Element e : inside.getElements())
            if (e instanceof ElementFilter f && !own.containsAll(f.getExpr().getVarsMentioned()))
                return false;
        Set<Var> required = new HashSet<>();
        for (Element e : group.getElements())
            if (e instanceof ElementPathBlock block)
                required.addAll(PatternVars.vars(block));
        for (Element e : group.getElements()) {
            if (e == binding || e instanceof ElementPathBlock || e instanceof ElementFilter || e instanceof ElementData)
                continue;
            Set<Var> read = new HashSet<>(e instanceof ElementBind bind ? bind.getExpr().getVarsMentioned() : PatternVars.vars(e));
            if (e instanceof ElementBind bind)
                read.add(bind.getVar());
            read.retainAll(own);
            if (!required.containsAll(read))
                return false;
        }
        return true;
    }
}
