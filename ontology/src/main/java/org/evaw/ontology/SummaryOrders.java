package org.evaw.ontology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.vocabulary.RDF;
import org.evaw.ontology.sparql.QueryFiles;

/**
 * The orders the summary graph keeps, beside what summary.rq computes: the rows of the saved
 * queries whose answer is a sorted list over every activity (activity-timeline,
 * publications-since-year) or every pair of a programme and a lead agency (programmes-and-agencies),
 * and of the other paginated saved queries that would sort every row at query time
 * (agencies-per-sdg-target, interventions-per-agency, people-trained-by-country, and, parted by
 * their parameters, countries-in-region and activities-by-form-of-violence-and-region), each row an observation of a data set of evaw.ttl
 * (cube:activity-timeline, cube:publications-newest-first…) ranked 1, 2, 3… in the query's order
 * ({@code evaw:rank}), so that a page of the answer is read by rank instead of sorting every row.
 * An order is defined by a SELECT ({@code order-NAME.rq}, beside summary.rq) whose rows come in
 * that order; SPARQL cannot number rows, so they are numbered here. Its SELECT projects the row's
 * cells and what the row is about, its identity (the publication, the period, the programme and
 * agency), which is not stated but names the row: its data set's IRI, "/", the SHA-1 of the
 * identity's values and "-n" for the n-th row about it in the order ({@link #row}). So the rows
 * about an identity are found without a search (n = 1, 2… until one is missing), which is how the
 * loader's delta finds the rows a change touches, and a row whose cells change but not its place
 * keeps its IRI and rank. Rows are given one at a time, never held: at 10^5 pages the
 * publications' order has millions of rows (a count per identity is).
 */
public final class SummaryOrders {
    /** A column of an order's SELECT and the property its cell is stated by (absent when unbound). */
    public record Column(String variable, Node property) {}

    /**
     * An order: its data set, the text of the query giving its rows in order, the columns of a row,
     * the variables that part it ({@code partition}, none for an order of one list): the rows
     * of an answer that depends on a parameter (a region, a form of violence) are ranked 1, 2, 3…
     * within each part, whose rows the query gives together, so that the answer for one value is
     * the ranks 1…m of its part; and for a parted order, what each of its rows is about within its
     * part ({@code within}: the activity; the country's code and the agency's acronym), by which the
     * delta follows a part's rows one by one.
     */
    public record Order(Node dataSet, String text, List<Column> columns, List<String> partition, List<String> within) {
        /** A parted order says what its rows are about within a part: the delta follows them by it. */
        public Order {
            if (!partition.isEmpty() && within.isEmpty())
                throw new IllegalArgumentException(dataSet + ": a parted order names what its rows are about within a part");
        }

        /** An order of one list, ranked from its first row to its last. */
        public Order(Node dataSet, String text, List<Column> columns) {
            this(dataSet, text, columns, List.of(), List.of());
        }

        /** The property a row states its cell of {@code variable} by; an error if the variable is no column. */
        public Node cell(String variable) {
            return columns.stream().filter(c -> c.variable().equals(variable)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(dataSet + ": " + variable + " is no cell of its rows")).property();
        }

        /**
         * What a row is about: the variables {@code projected} by the order's query that are not
         * stated as cells (the publication, the period, the programme and agency), in their order;
         * for a parted order, its partition and then what a row is about within its part: its rows
         * are named by both, so that the delta finds a changed activity's rows by name.
         */
        public List<Var> identity(List<Var> projected) {
            if (!partition.isEmpty())
                return Stream.concat(partition.stream(), within.stream()).map(Var::alloc).toList();
            Set<String> cells = columns.stream().map(Column::variable).collect(Collectors.toSet());
            return projected.stream().filter(v -> !cells.contains(v.getVarName())).toList();
        }
    }

    /**
     * How a row is named, part of what makes a summary current: its data set's IRI, "/", the SHA-1
     * of what the row is about and "-n", the row being the n-th of its order about that.
     */
    static final String ROW_NAMES = "rows named by the SHA-1 of their identity (a parted order's: its part and what the row is about in it) and their place among its rows";

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
                    new Column("activities", EVAW.leadActivityCount.asNode()), new Column("countries", EVAW.countryCodes.asNode()))),
            new Order(SummaryCubes.programmesWithSeveralAgencies.asNode(), text("order-programmes-with-several-agencies.rq"), List.of(
                    new Column("programmeName", EVAW.programmeName.asNode()), new Column("agencies", EVAW.agencyCount.asNode()),
                    new Column("agencyAcronyms", EVAW.agencyAcronyms.asNode()), new Column("countries", EVAW.countryCodes.asNode()))),
            new Order(SummaryCubes.agencyPairsSharingCountry.asNode(), text("order-agency-pairs-sharing-country.rq"), List.of(
                    new Column("acronym1", EVAW.agencyAcronym.asNode()), new Column("acronym2", EVAW.otherAgencyAcronym.asNode()),
                    new Column("sharedCountries", EVAW.sharedCountryCount.asNode()),
                    new Column("agencyIri", EVAW.refAgency.asNode()), new Column("otherAgencyIri", EVAW.refOtherAgency.asNode()),
                    new Column("observation", PROV.wasDerivedFrom.asNode()))),
            new Order(SummaryCubes.agencyPairsSharingProgramme.asNode(), text("order-agency-pairs-sharing-programme.rq"), List.of(
                    new Column("firstAgency", EVAW.agencyAcronym.asNode()), new Column("secondAgency", EVAW.otherAgencyAcronym.asNode()),
                    new Column("sharedProgrammes", EVAW.sharedProgrammeCount.asNode()),
                    new Column("agencyIri", EVAW.refAgency.asNode()), new Column("otherAgencyIri", EVAW.refOtherAgency.asNode()),
                    new Column("observation", PROV.wasDerivedFrom.asNode()))),
            new Order(SummaryCubes.agenciesPerSdgTarget.asNode(), text("order-agencies-per-sdg-target.rq"), List.of(
                    new Column("sdgTarget", EVAW.sdgTargetNumber.asNode()), new Column("targetIri", EVAW.refSdgTarget.asNode()),
                    new Column("acronym", EVAW.agencyAcronym.asNode()), new Column("agencyIri", EVAW.refAgency.asNode()),
                    new Column("forms", EVAW.formNames.asNode()), new Column("activities", EVAW.agencyActivityCount.asNode()))),
            new Order(SummaryCubes.interventionsPerAgency.asNode(), text("order-interventions-per-agency.rq"), List.of(
                    new Column("acronym", EVAW.agencyAcronym.asNode()), new Column("agencyIri", EVAW.refAgency.asNode()),
                    new Column("interventionName", EVAW.conceptName.asNode()), new Column("interventionIri", EVAW.refConcept.asNode()),
                    new Column("activities", EVAW.agencyActivityCount.asNode()))),
            new Order(SummaryCubes.peopleTrainedByCountry.asNode(), text("order-people-trained-by-country.rq"), List.of(
                    new Column("countryName", EVAW.countryName.asNode()), new Column("iso3", EVAW.countryCodes.asNode()),
                    new Column("traineeRole", EVAW.traineeRole.asNode()), new Column("trained", EVAW.peopleTrainedCount.asNode()),
                    new Column("activities", EVAW.trainingActivityCount.asNode()))),
            new Order(SummaryCubes.countriesInRegion.asNode(), text("order-countries-in-region.rq"), List.of(
                    new Column("region", EVAW.refRegion.asNode()), new Column("countryName", EVAW.countryName.asNode()),
                    new Column("iso3", EVAW.countryCodes.asNode()), new Column("m49", EVAW.m49Code.asNode()),
                    new Column("subregionName", EVAW.subregionName.asNode()), new Column("agencyAcronym", EVAW.agencyAcronym.asNode()),
                    new Column("activities", EVAW.agencyActivityCount.asNode())), List.of("region"), List.of("iso3", "agencyAcronym")),
            new Order(SummaryCubes.activitiesByFormAndRegion.asNode(), text("order-activities-by-form-of-violence-and-region.rq"), List.of(
                    new Column("concept", EVAW.refConcept.asNode()), new Column("region", EVAW.refRegion.asNode()),
                    new Column("document", EVAW.documentIdentifier.asNode()), new Column("start", EVAW.passageStart.asNode()),
                    new Column("activity", EVAW.refActivity.asNode()), new Column("label", EVAW.activityLabel.asNode()),
                    new Column("leadAgency", EVAW.agencyAcronym.asNode()), new Column("forms", EVAW.formNames.asNode()),
                    new Column("countries", EVAW.countryCodes.asNode())), List.of("concept", "region"), List.of("activity")));

    /** The name the summary being computed goes by while the orders read it beside the data. */
    private static final Node COMPUTED_SUMMARY = NodeFactory.createURI("urn:x-evaw:summary-being-computed");
    private static final Node TYPE = RDF.type.asNode();
    private static final Node OBSERVATION = SummaryCubes.Observation.asNode();
    private static final Node DATA_SET = SummaryCubes.dataSet.asNode();
    private static final Node RANK = EVAW.rank.asNode();

    private SummaryOrders() {}

    /** The order whose data set is {@code dataSet}, one of {@link #ORDERS}. */
    public static Order order(Node dataSet) {
        return ORDERS.stream().filter(o -> o.dataSet().equals(dataSet)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no order keeps " + dataSet));
    }

    /** The queries that define the orders, one after the other: part of what makes a summary current. */
    public static String texts() {
        // What parts an order and names its rows within a part changes the rows' names as the query's text does.
        return ORDERS.stream().map(o -> o.text() + "\n# parts: " + o.partition() + ", rows about: " + o.within())
                .collect(Collectors.joining("\n")) + "\n" + ROW_NAMES;
    }

    /**
     * Adds the orders to {@code summary}, a summary summary.rq has just computed and that is not
     * stored yet, whose counts they read beside {@code union} (the union of the store's graphs),
     * and the graphs of {@code dataset} by name: an order may pair what one page's graph states
     * (a publication's publisher with the page that names it).
     */
    public static void addTo(Graph summary, DatasetGraph dataset, Graph union) {
        // A view, not a copy: the union as the default graph, the dataset's graphs linked by name.
        DatasetGraph view = DatasetGraphFactory.create(union);
        dataset.listGraphNodes().forEachRemaining(name -> view.addGraph(name, dataset.getGraph(name)));
        view.addGraph(COMPUTED_SUMMARY, summary);
        List<Triple> triples = new ArrayList<>();
        for (Order order : ORDERS)
            rows(order, query -> QueryExec.dataset(view).query(query).build(), COMPUTED_SUMMARY, triples::add);
        triples.forEach(summary::add);
    }

    /**
     * Gives {@code sink} the triples of an order's rows, ranked as its query gives them, run by
     * {@code run} (over a dataset whose default graph is the data: a store's union of graphs) with
     * the summary graph named {@code summary}.
     */
    public static void rows(Order order, Function<Query, QueryExec> run, Node summary, Consumer<Triple> sink) {
        Query query = query(order, summary);
        try (QueryExec exec = run.apply(query)) {
            triples(order, query.getProjectVars(), exec.select(), sink);
        }
    }

    /** The query that gives an order's rows, reading the summary graph named {@code summary}. */
    public static Query query(Order order, Node summary) {
        return QueryTransformOps.replaceVars(QueryFactory.create(order.text()), Map.of(Var.alloc("summary"), summary));
    }

    /** Gives {@code sink} the triples of an order's rows, {@code rows} of its query (whose projected variables are {@code projected}) in their order. */
    public static void triples(Order order, List<Var> projected, Iterator<Binding> rows, Consumer<Triple> sink) {
        List<Var> identity = order.identity(projected);
        // How many rows about each identity have come: 64 bits of its SHA-1, a few bytes an identity.
        Map<Long, Integer> seen = new HashMap<>();
        String previousPart = null;
        long rank = 0;
        while (rows.hasNext()) {
            Binding row = rows.next();
            // A parted order's rows come part by part (its ORDER BY starts with the partition): each part is ranked from 1.
            String part = order.partition().stream().map(v -> row.get(v) == null ? "" : row.get(v).toString())
                    .collect(Collectors.joining(" "));
            if (!part.equals(previousPart))
                rank = 0;
            previousPart = part;
            String key = identityKey(identity, row);
            int n = seen.merge(Long.parseUnsignedLong(key.substring(0, 16), 16), 1, Integer::sum);
            rowTriples(order, row(order, key, n), ++rank, row, sink);
        }
    }

    /** The SHA-1 (hex) of a row's identity: the values of {@code identity} in {@code row}, joined by a space. */
    public static String identityKey(List<Var> identity, Binding row) {
        return DigestUtils.sha1Hex(identity.stream().map(v -> row.get(v) == null ? "" : row.get(v).toString())
                .collect(Collectors.joining(" ")));
    }

    /** The IRI of the {@code n}-th row (from 1) of an order about the identity whose SHA-1 is {@code identityKey}. */
    public static Node row(Order order, String identityKey, int n) {
        return NodeFactory.createURI(order.dataSet().getURI() + "/" + identityKey + "-" + n);
    }

    /** Gives {@code sink} the triples stating a row: the observation {@code observation} at {@code rank}, with the cells of {@code row}. */
    public static void rowTriples(Order order, Node observation, long rank, Binding row, Consumer<Triple> sink) {
        rowTriples(order, observation, rank(rank), row, sink);
    }

    /** {@link #rowTriples(Order, Node, long, Binding, Consumer)} for a rank as the summary states it (a whole number or, put in since, a decimal: {@link RankChanges}). */
    public static void rowTriples(Order order, Node observation, Node rank, Binding row, Consumer<Triple> sink) {
        sink.accept(Triple.create(observation, TYPE, OBSERVATION));
        sink.accept(Triple.create(observation, DATA_SET, order.dataSet()));
        sink.accept(Triple.create(observation, RANK, rank));
        for (Column column : order.columns()) {
            Node cell = row.get(column.variable());
            if (cell != null)
                sink.accept(Triple.create(observation, column.property(), cell));
        }
    }

    /**
     * The node that records the {@link RankChanges} of a ranking: the whole order's, or for a parted
     * order the part's whose partition takes the values {@code part}: its data set's IRI,
     * "/ranks" and, for a part, "-" and the SHA-1 of the part's values, as a row's identity is named.
     */
    public static Node changes(Order order, List<Node> part) {
        if (part.isEmpty())
            return NodeFactory.createURI(order.dataSet().getURI() + "/ranks");
        String key = DigestUtils.sha1Hex(part.stream().map(n -> n == null ? "" : n.toString()).collect(Collectors.joining(" ")));
        return NodeFactory.createURI(order.dataSet().getURI() + "/ranks-" + key);
    }

    /** A rank as the summary states it. */
    public static Node rank(long rank) {
        return NodeFactory.createLiteralDT(Long.toString(rank), XSDDatatype.XSDinteger);
    }

    private static String text(String name) {
        return QueryFiles.text(SummaryOrders.class, name);
    }
}
