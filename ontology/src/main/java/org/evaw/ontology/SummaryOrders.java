package org.evaw.ontology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.vocabulary.RDF;
import org.evaw.ontology.sparql.QueryFiles;

/**
 * The orders the summary graph keeps, beside what summary.rq computes: the rows of the saved
 * queries whose answer is a sorted list over every activity (activity-timeline,
 * publications-since-year) or every pair of a programme and a lead agency (programmes-and-agencies), each row an observation of a data set of evaw.ttl
 * (cube:activity-timeline, cube:publications-newest-first) ranked 1, 2, 3… in the query's order
 * ({@code evaw:rank}), so that a page of the answer is read by rank instead of sorting every row.
 * An order is defined by a SELECT ({@code order-NAME.rq}, beside summary.rq) whose rows come in
 * that order; SPARQL cannot number rows, so they are numbered here. A row's IRI is its data set's,
 * "/" and the SHA-1 of its cells (and of how many equal rows come before it): a row that only moved
 * keeps its IRI and changes its rank alone, which the loader's delta writes.
 */
public final class SummaryOrders {
    /** A column of an order's SELECT and the property its cell is stated by (absent when unbound). */
    private record Column(String variable, Node property) {}

    /** An order: its data set, the text of the query giving its rows in order, and the columns of a row. */
    public record Order(Node dataSet, String text, List<Column> columns) {}

    /** Every order the summary keeps. */
    public static final List<Order> ORDERS = List.of(
            new Order(SummaryCubes.activityTimeline.asNode(), text("order-activity-timeline.rq"), List.of(
                    new Column("period", EVAW.periodLabel.asNode()), new Column("start", EVAW.periodStart.asNode()),
                    new Column("end", EVAW.periodEnd.asNode()), new Column("agencyAcronym", EVAW.agencyAcronym.asNode()),
                    new Column("activities", EVAW.leadActivityCount.asNode()))),
            new Order(SummaryCubes.publicationsNewestFirst.asNode(), text("order-publications-newest-first.rq"), List.of(
                    new Column("issued", EVAW.publicationIssued.asNode()), new Column("title", EVAW.publicationTitle.asNode()),
                    new Column("publisher", EVAW.agencyAcronym.asNode()), new Column("document", EVAW.documentIdentifier.asNode()))),
            new Order(SummaryCubes.programmesAndAgencies.asNode(), text("order-programmes-and-agencies.rq"), List.of(
                    new Column("programmeName", EVAW.programmeName.asNode()), new Column("agencyAcronym", EVAW.agencyAcronym.asNode()),
                    new Column("activities", EVAW.leadActivityCount.asNode()), new Column("countries", EVAW.countryCodes.asNode()))));

    /** The name the summary being computed goes by while the orders read it beside the data. */
    private static final Node COMPUTED_SUMMARY = NodeFactory.createURI("urn:x-evaw:summary-being-computed");
    private static final Node TYPE = RDF.type.asNode();
    private static final Node OBSERVATION = SummaryCubes.Observation.asNode();
    private static final Node DATA_SET = SummaryCubes.dataSet.asNode();
    private static final Node RANK = EVAW.rank.asNode();

    private SummaryOrders() {}

    /** The queries that define the orders, one after the other: part of what makes a summary current. */
    public static String texts() {
        return ORDERS.stream().map(Order::text).collect(Collectors.joining("\n"));
    }

    /**
     * Adds the orders to {@code summary}, a summary summary.rq has just computed and that is not
     * stored yet, whose counts they read beside {@code data} (the union of the store's graphs).
     */
    public static void addTo(Graph summary, Graph data) {
        DatasetGraph view = DatasetGraphFactory.create(data);
        view.addGraph(COMPUTED_SUMMARY, summary);
        List<Triple> triples = new ArrayList<>();
        for (Order order : ORDERS)
            triples.addAll(rows(order, query -> QueryExec.dataset(view).query(query).build(), COMPUTED_SUMMARY));
        triples.forEach(summary::add);
    }

    /**
     * The triples of an order's rows, ranked as its query gives them, run by {@code run} (over a
     * dataset whose default graph is the data: a store's union of graphs) with the summary graph
     * named {@code summary}.
     */
    public static List<Triple> rows(Order order, Function<Query, QueryExec> run, Node summary) {
        List<Triple> triples = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        long[] rank = {0};
        Query query = QueryTransformOps.replaceVars(QueryFactory.create(order.text()), Map.of(Var.alloc("summary"), summary));
        try (QueryExec exec = run.apply(query)) {
            exec.select().forEachRemaining(row -> {
                List<Node> cells = order.columns().stream().map(c -> row.get(c.variable())).toList();
                String key = cells.stream().map(n -> n == null ? "" : n.toString()).collect(Collectors.joining(" "));
                int occurrence = seen.merge(key, 1, Integer::sum);
                Node observation = NodeFactory.createURI(order.dataSet().getURI() + "/" + DigestUtils.sha1Hex(key + " " + occurrence));
                triples.add(Triple.create(observation, TYPE, OBSERVATION));
                triples.add(Triple.create(observation, DATA_SET, order.dataSet()));
                triples.add(Triple.create(observation, RANK, NodeFactory.createLiteralDT(Long.toString(++rank[0]), XSDDatatype.XSDinteger)));
                for (int i = 0; i < cells.size(); i++)
                    if (cells.get(i) != null)
                        triples.add(Triple.create(observation, order.columns().get(i).property(), cells.get(i)));
            });
        }
        return triples;
    }

    private static String text(String name) {
        return QueryFiles.text(SummaryOrders.class, name);
    }
}
