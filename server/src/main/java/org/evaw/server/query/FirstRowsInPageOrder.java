package org.evaw.server.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.NIF;
import org.evaw.ontology.PROV;
import org.evaw.search.DescribedActivities;
import org.evaw.search.PageOrder;
import org.evaw.search.SearchIndex;

/**
 * The first page of a search over the activities' descriptions, in page order, from the first
 * activities the search index gives in that order, rather than from every activity that matches.
 * The shape is search-activities' own, as ARQ compiles it:
 * <pre>
 *   (slice S L (project (…) (order (?document ?activity …)
 *     (filter (contains …(?d)… "text")
 *       (leftjoin* (sequence (bgp (?activity a evaw:Activity) (?activity dcterms:description ?d))
 *                            (path ?activity prov:wasDerivedFrom/nif:referenceContext/dcterms:identifier ?document)) …)))))
 * </pre>
 * Every activity whose description contains the text gives at least one row (the OPTIONALs drop
 * none), and its rows sort by its page identifier and its IRI before anything else. So, walking the
 * candidates in that order ({@link SearchIndex#activitiesDescribedWithInPageOrder}) and reading the
 * store to check that each holds the text, as the FILTER will, and that the index's key for it is
 * its least identifier still, once S + L of them do, every row of a later candidate sorts after at
 * least S + L rows: the page is among the rows of the candidates up to there. The query keeps its
 * FILTER, ORDER BY and slice, and is only joined to those candidates, so its answer is the plain
 * query's. Anything else (another filter, a DISTINCT, a pattern more or less, a descending order,
 * a store whose default graph is not the union of its graphs) is left to {@link DescriptionContains}.
 */
final class FirstRowsInPageOrder {
    /** Past this many rows (S + L) the page is left to the whole lookup: a deep page reads most candidates anyway. */
    static final int MOST_ROWS = 10_000;
    /** The most candidates one query reads from the store to check them, while it is planned. */
    static final int MOST_READS = 20_000;
    /** The first lookup asks for this many candidates beyond S + L, and each next one for four times as many. */
    private static final int SLACK = 32;
    private static final Node TYPE = RDF.type.asNode();
    private static final Node ACTIVITY = EVAW.Activity.asNode();
    private static final Node DESCRIPTION = DCTerms.description.asNode();
    private static final List<Node> PATH_TO_DOCUMENT = List.of(PROV.wasDerivedFrom.asNode(), NIF.referenceContext.asNode(),
            DCTerms.identifier.asNode());

    private FirstRowsInPageOrder() {}

    /**
     * {@code op} joined to the first candidates in page order, if it has the shape and is asked of the index's own store
     * with the union of its graphs as the default graph ({@code context}, the query's); empty otherwise, and whenever
     * the store or the index cannot be read while the query is planned (it is then read as written, or from every
     * candidate).
     */
    static Optional<Op> rewrite(Op op, SearchIndex index, Context context) {
        try {
            return asksTheIndexedUnion(context) ? joinedToFirstCandidates(op, index, context) : Optional.empty();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Whether the query reads the index's store itself (the rewrite is installed in that store's context), its default
     * graph the union of its named graphs: not a dataset that a query's FROM or a request's default-graph-uri makes of
     * some of its graphs, whose rows the index does not know. ARQ's DynamicDatasets names those graphs in the context
     * of the dataset it makes, which the query's context is made from.
     */
    private static boolean asksTheIndexedUnion(Context context) {
        return context != null && context.isTrue(TDB2.symUnionDefaultGraph)
                && !context.isDefined(ARQConstants.symDatasetDefaultGraphs) && !context.isDefined(ARQConstants.symDatasetNamedGraphs);
    }

    private static Optional<Op> joinedToFirstCandidates(Op op, SearchIndex index, Context context) {
        if (!(op instanceof OpSlice slice) || slice.getLength() == Query.NOLIMIT || slice.getLength() < 0)
            return Optional.empty();
        long start = slice.getStart() == Query.NOLIMIT ? 0 : slice.getStart();
        // Written so that no sum overflows: LIMIT may be Long.MAX_VALUE.
        if (start < 0 || start > MOST_ROWS || slice.getLength() > MOST_ROWS - start)
            return Optional.empty();
        int rows = (int) (start + slice.getLength());
        if (rows == 0)
            return Optional.empty();
        Op under = slice.getSubOp();
        OpProject project = under instanceof OpProject p ? p : null;
        if (project != null)
            under = project.getSubOp();
        if (!(under instanceof OpOrder order) || !(order.getSubOp() instanceof OpFilter filter) || filter.getExprs().size() != 1)
            return Optional.empty();
        Optional<DescriptionContains.Contains> contains = DescriptionContains.Contains.of(filter.getExprs().get(0));
        if (contains.isEmpty())
            return Optional.empty();
        // Down the OPTIONALs' left sides to the pattern that binds the activity, its description and its page.
        List<OpLeftJoin> optionals = new ArrayList<>();
        Op left = filter.getSubOp();
        while (left instanceof OpLeftJoin optional) {
            optionals.add(optional);
            left = optional.getLeft();
        }
        Optional<Pattern> pattern = Pattern.of(left, contains.get().described());
        if (pattern.isEmpty() || !ordersByPage(order.getConditions(), pattern.get()))
            return Optional.empty();
        Optional<List<String>> candidates = firstCandidates(index, contains.get(), filter.getExprs().get(0), rows, context);
        if (candidates.isEmpty())
            return Optional.empty();
        // The pattern, joined to the candidates, and the query put back around it.
        Op rebuilt = OpSequence.create(OpTable.create(DescriptionContains.table(pattern.get().activity(), candidates.get())), left);
        for (int i = optionals.size() - 1; i >= 0; i--)
            rebuilt = optionals.get(i).copy(rebuilt, optionals.get(i).getRight());
        rebuilt = OpFilter.filterDirect(filter.getExprs(), rebuilt);
        rebuilt = order.copy(rebuilt);
        if (project != null)
            rebuilt = project.copy(rebuilt);
        return Optional.of(slice.copy(rebuilt));
    }

    /** The activity, description and page variables of the pattern, as search-activities binds them. */
    private record Pattern(Var activity, Var description, Var document) {
        /**
         * The pattern {@code (sequence (bgp (?a a evaw:Activity) (?a dcterms:description ?d)) (path ?a p/c/i ?doc))}, as ARQ
         * compiles the query before its optimiser (this rewrite runs first), and nothing else.
         */
        static Optional<Pattern> of(Op op, Var described) {
            List<Triple> triples = new ArrayList<>();
            TriplePath path = null;
            List<Op> parts = op instanceof OpSequence sequence ? sequence.getElements() : List.of(op);
            for (Op part : parts) {
                if (part instanceof OpBGP bgp)
                    triples.addAll(bgp.getPattern().getList());
                else if (part instanceof OpPath p && path == null && isPathToDocument(p.getTriplePath().getPath())
                        && p.getTriplePath().getSubject().isVariable() && p.getTriplePath().getObject().isVariable())
                    path = p.getTriplePath();
                else
                    return Optional.empty();
            }
            if (path == null)
                return Optional.empty();
            if (triples.size() != 2)
                return Optional.empty();
            Node a = path.getSubject();
            Set<Triple> expected = new HashSet<>(List.of(Triple.create(a, TYPE, ACTIVITY), Triple.create(a, DESCRIPTION, described)));
            if (!expected.equals(new HashSet<>(triples)) || a.equals(described) || path.getObject().equals(described)
                    || path.getObject().equals(a))
                return Optional.empty();
            return Optional.of(new Pattern(Var.alloc(a), described, Var.alloc(path.getObject())));
        }
    }

    /** Whether a path is prov:wasDerivedFrom/nif:referenceContext/dcterms:identifier, however its sequence is bracketed. */
    private static boolean isPathToDocument(Path path) {
        List<Node> links = new ArrayList<>();
        return links(path, links) && links.equals(PATH_TO_DOCUMENT);
    }

    private static boolean links(Path path, List<Node> into) {
        if (path instanceof P_Link link) {
            into.add(link.getNode());
            return true;
        }
        return path instanceof P_Seq seq && links(seq.getLeft(), into) && links(seq.getRight(), into);
    }

    /** Whether the ORDER BY starts with the page, ascending, then the activity, ascending. */
    private static boolean ordersByPage(List<SortCondition> conditions, Pattern pattern) {
        return conditions.size() >= 2 && ascendingVariable(conditions.get(0), pattern.document())
                && ascendingVariable(conditions.get(1), pattern.activity());
    }

    private static boolean ascendingVariable(SortCondition condition, Var var) {
        Expr expr = condition.getExpression();
        return (condition.getDirection() == Query.ORDER_ASCENDING || condition.getDirection() == Query.ORDER_DEFAULT)
                && expr.isVariable() && expr.asVar().equals(var);
    }

    /**
     * The candidates in page order up to the {@code rows}-th that the store shows holds the text with its key
     * unchanged; all of them if fewer do; empty if a candidate's key is not the store's (the index is to be trusted
     * for none), the index cannot answer, or more than {@value #MOST_READS} candidates would be read from the store
     * (this happens while the query is planned, before its timeout applies). Each candidate is read once, however many
     * lookups ask for more.
     */
    private static Optional<List<String>> firstCandidates(SearchIndex index, DescriptionContains.Contains contains, Expr filter, int rows,
            Context context) {
        FunctionEnv env = new FunctionEnvBase(context);
        DatasetGraph store = index.dataset();
        if (!store.isInTransaction())
            return Optional.empty();
        Graph union = store.getUnionGraph();
        Map<String, Boolean> counts = new HashMap<>();
        int asked = rows + SLACK;
        while (true) {
            Optional<DescribedActivities.InPageOrder> found = index.activitiesDescribedWithInPageOrder(contains.text(),
                    contains.lowerCased(), asked);
            if (found.isEmpty())
                return Optional.empty();
            List<String> activities = found.get().activities();
            int held = 0;
            for (int i = 0; i < activities.size(); i++) {
                String document = found.get().documents().get(i);
                if (document == null)
                    return Optional.of(activities); // these and the rest name no page: they give no row
                Boolean counted = counts.get(activities.get(i));
                if (counted == null) {
                    if (counts.size() >= MOST_READS)
                        return Optional.empty();
                    Node activity = NodeFactory.createURI(activities.get(i));
                    PageOrder.Key key = PageOrder.of(store, activity);
                    if (!key.plain() || !document.equals(key.least()))
                        return Optional.empty();
                    counted = holds(union, activity, filter, contains.described(), env);
                    counts.put(activities.get(i), counted);
                }
                if (counted && ++held == rows)
                    return Optional.of(activities.subList(0, i + 1));
            }
            if (activities.size() >= found.get().total())
                return Optional.of(activities);
            if (asked > MOST_READS)
                return Optional.empty();
            asked *= 4;
        }
    }

    /**
     * Whether the FILTER keeps a row of {@code activity} in the store: an activity of the union graph one of whose
     * descriptions satisfies the FILTER's own expression, evaluated by ARQ as the query will evaluate it.
     */
    private static boolean holds(Graph union, Node activity, Expr filter, Var description, FunctionEnv env) {
        if (!union.contains(activity, TYPE, ACTIVITY))
            return false;
        var descriptions = union.find(activity, DESCRIPTION, Node.ANY);
        try {
            while (descriptions.hasNext())
                if (filter.isSatisfied(BindingFactory.binding(description, descriptions.next().getObject()), env))
                    return true;
            return false;
        } finally {
            descriptions.close();
        }
    }
}
