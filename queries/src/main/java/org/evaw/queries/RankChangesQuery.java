package org.evaw.queries;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.PathBlock;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.PatternVars;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.SummaryCubes;

/**
 * The query that reads the {@code evaw:RankChanges} of the ranking a ranked saved query reads (its
 * rows {@code ?row evaw:rank ?rank ; qb:dataSet cube:X ; …}): the query's own pattern, with the
 * row's triples narrowed to those that pick its ranking (its data set, and the part's cells whose
 * values the rest of the pattern binds, a region found by its name, a form by its code) and asked
 * of the ranking's records instead (the data set by {@code evaw:rankChangesOf}). What picks cells
 * within the ranking (a FILTER on a year, an OPTIONAL cell) is left out: a ranked query's answer is
 * the first positions of one ranking, whatever its parameters.
 */
final class RankChangesQuery {
    static final Var CHANGES = Var.alloc("rankChanges");
    static final Var MADE = Var.alloc("madeRanks");
    static final Var REMOVED = Var.alloc("removedRank");
    static final Var INSERTED = Var.alloc("insertedRank");

    private RankChangesQuery() {}

    /** The query for the records of the ranking {@code query} reads by {@code rank}; nothing if its pattern does not read one by a data set. */
    static Optional<Query> of(Query query, Var rank) {
        if (!(query.getQueryPattern() instanceof ElementGroup top))
            return Optional.empty();
        ElementPathBlock ranked = null;
        Node row = null;
        for (Element element : top.getElements())
            if (element instanceof ElementPathBlock block)
                for (TriplePath t : block.getPattern().getList())
                    if (ranked == null && t.isTriple() && t.getSubject().isVariable() && rank.equals(t.getObject())
                            && EVAW.rank.asNode().equals(t.getPredicate())) {
                        ranked = block;
                        row = t.getSubject();
                    }
        if (ranked == null)
            return Optional.empty();
        // What the rest of the pattern binds, whatever the row: the values that pick the part.
        Set<Var> elsewhere = new HashSet<>();
        List<Element> kept = new ArrayList<>();
        for (Element element : top.getElements()) {
            if (element == ranked)
                continue;
            if (element instanceof ElementSubQuery || element instanceof ElementData || element instanceof ElementBind
                    || element instanceof ElementGroup || element instanceof ElementUnion
                    || (element instanceof ElementPathBlock block && !mentions(block, row))) {
                elsewhere.addAll(PatternVars.vars(element));
                kept.add(element);
            }
        }
        PathBlock picks = new PathBlock();
        boolean ofDataSet = false;
        for (TriplePath t : ranked.getPattern().getList()) {
            if (!t.isTriple() || !row.equals(t.getSubject()) || rank.equals(t.getObject()) || t.getPredicate().isVariable())
                continue;
            Node value = t.getObject();
            if (!value.isConcrete() && !elsewhere.contains(value))
                continue;
            if (SummaryCubes.dataSet.asNode().equals(t.getPredicate())) {
                // First: ARQ keeps the order of triples it cannot tell apart, and a part's cell (a
                // region) matches every row of that part in every order (10^5 of them), where
                // the data set's records are a few nodes (620 ms against 5 ms at 10^5 pages).
                picks.add(0, new TriplePath(Triple.create(CHANGES, EVAW.rankChangesOf.asNode(), value)));
                ofDataSet = true;
            } else {
                picks.add(new TriplePath(Triple.create(CHANGES, t.getPredicate(), value)));
            }
        }
        if (!ofDataSet)
            return Optional.empty();
        ElementGroup pattern = new ElementGroup();
        kept.forEach(pattern::addElement);
        // A filter of the rest (on a region's name) still picks; one of the row's cells does not.
        for (Element element : top.getElements())
            if (element instanceof ElementFilter filter && elsewhere.containsAll(filter.getExpr().getVarsMentioned()))
                pattern.addElement(filter);
        pattern.addElement(new ElementPathBlock(picks));
        ElementUnion records = new ElementUnion();
        records.addElement(triple(EVAW.madeRanks.asNode(), MADE));
        records.addElement(triple(EVAW.removedRank.asNode(), REMOVED));
        records.addElement(triple(EVAW.insertedRank.asNode(), INSERTED));
        pattern.addElement(records);
        Query changes = new Query();
        changes.setQuerySelectType();
        changes.setPrefixMapping(query.getPrefixMapping());
        changes.addResultVar(CHANGES);
        changes.addResultVar(MADE);
        changes.addResultVar(REMOVED);
        changes.addResultVar(INSERTED);
        changes.setQueryPattern(pattern);
        return Optional.of(changes);
    }

    private static ElementGroup triple(Node predicate, Var value) {
        PathBlock block = new PathBlock();
        block.add(new TriplePath(Triple.create(CHANGES, predicate, value)));
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementPathBlock(block));
        return group;
    }

    private static boolean mentions(ElementPathBlock block, Node row) {
        for (TriplePath t : block.getPattern().getList())
            if (row.equals(t.getSubject()) || row.equals(t.getObject()))
                return true;
        return false;
    }
}
