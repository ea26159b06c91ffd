package org.evaw.loader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.path.eval.PathEval;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.SummaryCubes;

/**
 * What summary.rq gives, but the pairs of agencies, added up one subject at a time: each part of
 * its WHERE counts or collects what one subject (an activity, a publication) states, joined to
 * reference data (labels, regions, agency types, names) that is looked up in the whole store. So
 * a subject given once with every triple the union of the graphs holds about it adds exactly what
 * the query's groupings would, and the totals are small maps (entities, observations, years), not
 * the query's sets of activities per group. {@link #graph} states them as summary.rq's CONSTRUCT
 * does, term for term (ARQ's own STR and LCASE, which give a blank node a string), the loader's
 * tests compare the two.
 */
final class SummaryTally {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node ACTIVITY = EVAW.Activity.asNode();
    private static final Node PUBLICATION = EVAW.Publication.asNode();
    private static final Node AGENCY = EVAW.Agency.asNode();
    private static final Node COUNTRY = EVAW.country.asNode();
    private static final Node LEAD = EVAW.leadAgency.asNode();
    private static final Node PARTNER = EVAW.partner.asNode();
    private static final Node PROGRAMME = EVAW.programme.asNode();
    private static final Node PERIOD = EVAW.reportingPeriod.asNode();
    private static final Node CITES = EVAW.cites.asNode();
    private static final Node INTERVENTION = EVAW.interventionType.asNode();
    private static final Node ISSUED = DCTerms.issued.asNode();
    private static final Node LABEL = SKOS.prefLabel.asNode();
    private static final Path SELF_AND_BROADER = PathFactory.pathZeroOrMore1(PathFactory.pathLink(SKOS.broader.asNode()));
    private static final Node FORM = EVAW.formOfViolence.asNode();
    /** The properties cube:activity-value counts each value of as stated (the forms of violence with their broader forms). */
    private static final List<Node> VALUE_PROPERTIES = List.of(LEAD, PARTNER, COUNTRY, PERIOD, PROGRAMME);
    private static final List<Node> CONCEPTS = List.of(EVAW.formOfViolence.asNode(), EVAW.interventionType.asNode());
    private static final List<Node> NAMES = List.of(EVAW.acronym.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode());
    /** The predicates that make a subject an activity to some part of summary.rq, beside its type. */
    static final List<Node> ACTIVITY_PREDICATES = List.of(COUNTRY, LEAD, PARTNER, PROGRAMME, PERIOD,
            EVAW.formOfViolence.asNode(), EVAW.interventionType.asNode());
    static final List<Node> PUBLICATION_PREDICATES = List.of(ISSUED);
    static final List<Node> TYPES = List.of(ACTIVITY, PUBLICATION);

    private final DatasetGraph dataset;
    private final Map<Node, Boolean> labelled = new HashMap<>();
    private final Map<Node, Boolean> agencies = new HashMap<>();
    private final Map<Node, Set<Node>> regionsOf = new HashMap<>();
    private final Map<Node, Set<Node>> broaderOf = new HashMap<>();

    private final Map<Node, Long> entities = new HashMap<>();
    private final Map<Node, Long> regions = new HashMap<>();
    /** evaw:worksIn, worksOn, activityAgency and activityCountry: sets, as the query's SELECT DISTINCT. */
    private final Set<Triple> links = new HashSet<>();
    /** Agency and country → activities led, joined, led or joined. */
    private final Map<List<Node>, long[]> agencyCountry = new HashMap<>();
    private final Map<List<Node>, Long> periodAgency = new HashMap<>();
    private final Map<List<Node>, Long> programmeAgency = new HashMap<>();
    private final Map<List<Node>, Long> programmeAgencyCountry = new HashMap<>();
    /** Programme and country → activities, whoever leads them. */
    private final Map<List<Node>, Long> programmeCountry = new HashMap<>();
    /** Form of violence (as stated) and country → activities. */
    private final Map<List<Node>, Long> formCountry = new HashMap<>();
    /** Organisation and another organisation of the same activities → activities shared. */
    private final Map<List<Node>, Long> agencyPartner = new HashMap<>();
    /** Organisation and resolution cited → activities. */
    private final Map<List<Node>, Long> agencyResolution = new HashMap<>();
    /** Organisation and kind of intervention → activities. */
    private final Map<List<Node>, Long> agencyIntervention = new HashMap<>();
    /** Property and value → activities. */
    private final Map<List<Node>, Long> propertyValue = new HashMap<>();
    private final Set<Node> keyedAgencies = new LinkedHashSet<>();
    private final Map<String, Long> years = new HashMap<>();

    /** Totals of the subjects of {@code dataset}, whose named graphs the reference data is looked up in. */
    SummaryTally(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * Adds one subject, given once with every distinct object of each of its predicates in the
     * union of the graphs; a subject that is neither activity nor publication adds nothing.
     */
    void add(Node subject, Map<Node, Set<Node>> objects) {
        Set<Node> types = objects.getOrDefault(TYPE, Set.of());
        Set<Node> countries = objects.getOrDefault(COUNTRY, Set.of());
        Set<Node> leads = objects.getOrDefault(LEAD, Set.of());
        Set<Node> partners = objects.getOrDefault(PARTNER, Set.of());
        Set<Node> programmes = objects.getOrDefault(PROGRAMME, Set.of());
        Set<Node> agenciesOf = new LinkedHashSet<>(leads);
        agenciesOf.addAll(partners);
        Set<Node> concepts = new LinkedHashSet<>();
        CONCEPTS.forEach(p -> concepts.addAll(objects.getOrDefault(p, Set.of())));

        if (types.contains(ACTIVITY)) {
            Set<Node> linked = new HashSet<>();
            objects.values().forEach(linked::addAll);
            for (Node entity : linked)
                if (!entity.isLiteral() && labelled(entity))
                    entities.merge(entity, 1L, Long::sum);
        }
        Set<Node> regionsHere = new HashSet<>();
        countries.forEach(c -> regionsHere.addAll(regions(c)));
        regionsHere.forEach(r -> regions.merge(r, 1L, Long::sum));
        for (Node agency : agenciesOf) {
            boolean typed = agency(agency);
            for (Node country : countries) {
                if (typed)
                    links.add(Triple.create(agency, EVAW.worksIn.asNode(), country));
                long[] counts = agencyCountry.computeIfAbsent(List.of(agency, country), k -> new long[3]);
                counts[0] += leads.contains(agency) ? 1 : 0;
                counts[1] += partners.contains(agency) ? 1 : 0;
                counts[2]++;
            }
            if (typed) {
                programmes.forEach(p -> links.add(Triple.create(agency, EVAW.worksOn.asNode(), p)));
                concepts.forEach(c -> links.add(Triple.create(c, EVAW.activityAgency.asNode(), agency)));
            }
            keyedAgencies.add(agency);
            for (Node other : agenciesOf)
                if (!other.equals(agency))
                    agencyPartner.merge(List.of(agency, other), 1L, Long::sum);
            objects.getOrDefault(CITES, Set.of()).forEach(r -> agencyResolution.merge(List.of(agency, r), 1L, Long::sum));
            objects.getOrDefault(INTERVENTION, Set.of()).forEach(i -> agencyIntervention.merge(List.of(agency, i), 1L, Long::sum));
        }
        for (Node programme : programmes)
            countries.forEach(c -> programmeCountry.merge(List.of(programme, c), 1L, Long::sum));
        for (Node form : objects.getOrDefault(FORM, Set.of()))
            countries.forEach(c -> formCountry.merge(List.of(form, c), 1L, Long::sum));
        for (Node concept : concepts)
            countries.forEach(c -> links.add(Triple.create(concept, EVAW.activityCountry.asNode(), c)));
        for (Node lead : leads) {
            objects.getOrDefault(PERIOD, Set.of()).forEach(p -> periodAgency.merge(List.of(p, lead), 1L, Long::sum));
            for (Node programme : programmes) {
                programmeAgency.merge(List.of(programme, lead), 1L, Long::sum);
                countries.forEach(c -> programmeAgencyCountry.merge(List.of(programme, lead, c), 1L, Long::sum));
            }
        }
        // rdf:type's value evaw:Activity: the number of activities, kept for the home page.
        if (types.contains(ACTIVITY))
            propertyValue.merge(List.of(TYPE, ACTIVITY), 1L, Long::sum);
        for (Node property : VALUE_PROPERTIES)
            objects.getOrDefault(property, Set.of()).forEach(v -> propertyValue.merge(List.of(property, v), 1L, Long::sum));
        Set<Node> forms = new HashSet<>();
        objects.getOrDefault(FORM, Set.of()).forEach(f -> forms.addAll(selfAndBroader(f)));
        forms.forEach(f -> propertyValue.merge(List.of(FORM, f), 1L, Long::sum));
        if (types.contains(PUBLICATION)) {
            Set<String> yearsHere = new HashSet<>();
            for (Node issued : objects.getOrDefault(ISSUED, Set.of()))
                yearsHere.add(NodeFunctions.str(issued));
            yearsHere.forEach(y -> years.merge(y, 1L, Long::sum));
        }
    }

    /** The totals as summary.rq's CONSTRUCT states them (without the pairs of agencies). */
    Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        entities.forEach((e, n) -> g.add(e, EVAW.activityCount.asNode(), integer(n)));
        regions.forEach((r, n) -> g.add(r, EVAW.regionActivityCount.asNode(), integer(n)));
        links.forEach(g::add);
        // An organisation a page says is mandated by a resolution is asked about by resolutions-cited-by-agency too.
        dataset.findNG(Node.ANY, Node.ANY, EVAW.mandatedBy.asNode(), Node.ANY).forEachRemaining(q -> keyedAgencies.add(q.getSubject()));
        for (Node agency : keyedAgencies)
            for (Node key : nameKeys(agency))
                g.add(agency, EVAW.nameKey.asNode(), key);
        agencyCountry.forEach((key, n) -> observation(g, CountCubes.AGENCY_COUNTRY, key, n));
        observations(g, CountCubes.PERIOD_AGENCY, periodAgency);
        observations(g, CountCubes.PROGRAMME_AGENCY, programmeAgency);
        observations(g, CountCubes.PROGRAMME_AGENCY_COUNTRY, programmeAgencyCountry);
        observations(g, CountCubes.PROGRAMME_COUNTRY, programmeCountry);
        observations(g, CountCubes.FORM_COUNTRY, formCountry);
        observations(g, CountCubes.AGENCY_PARTNER, agencyPartner);
        observations(g, CountCubes.AGENCY_RESOLUTION, agencyResolution);
        observations(g, CountCubes.AGENCY_INTERVENTION, agencyIntervention);
        observations(g, CountCubes.ACTIVITY_VALUE, propertyValue);
        years.forEach((year, n) -> observation(g, CountCubes.PUBLICATION_YEAR, List.of(NodeFactory.createLiteralString(year)), n));
        return g;
    }

    /** An observation of a cube of one measure for each of its dimensions' values {@code counts} holds. */
    private static void observations(Graph g, CountCubes.CountCube cube, Map<List<Node>, Long> counts) {
        counts.forEach((values, n) -> observation(g, cube, values, n));
    }

    /** An observation as summary.rq mints it ({@link CountCubes#observation}), with its dimensions' values and its measures' counts. */
    private static void observation(Graph g, CountCubes.CountCube cube, List<Node> values, long... counts) {
        Node observation = CountCubes.observation(cube.dataSet(), values.toArray(Node[]::new));
        g.add(observation, TYPE, SummaryCubes.Observation.asNode());
        g.add(observation, SummaryCubes.dataSet.asNode(), cube.dataSet());
        for (int i = 0; i < cube.dimensions().size(); i++)
            g.add(observation, cube.dimensions().get(i), values.get(i));
        for (int i = 0; i < cube.measures().size(); i++)
            g.add(observation, cube.measures().get(i), integer(counts[i]));
    }

    /** summary.rq's LCASE(STR(?keyName)) of every name of the agency in the named graphs. */
    private List<Node> nameKeys(Node agency) {
        Set<Node> keys = new LinkedHashSet<>();
        for (Node name : NAMES)
            dataset.findNG(Node.ANY, agency, name, Node.ANY).forEachRemaining(q -> {
                keys.add(XSDFuncOp.strLowerCase(NodeValue.makeString(NodeFunctions.str(q.getObject()))).asNode());
            });
        return new ArrayList<>(keys);
    }

    private boolean labelled(Node entity) {
        return labelled.computeIfAbsent(entity, e -> dataset.findNG(Node.ANY, e, LABEL, Node.ANY).hasNext());
    }

    private boolean agency(Node node) {
        return agencies.computeIfAbsent(node, n -> dataset.findNG(Node.ANY, n, TYPE, AGENCY).hasNext());
    }

    private Set<Node> regions(Node country) {
        return regionsOf.computeIfAbsent(country, c -> {
            Set<Node> found = new HashSet<>();
            dataset.findNG(Node.ANY, c, EVAW.region.asNode(), Node.ANY).forEachRemaining(q -> found.add(q.getObject()));
            return found;
        });
    }

    /** summary.rq's {@code ?form skos:broader* ?value}: the concept and every concept above it in the named graphs. */
    /** The concept and every concept above it ({@code skos:broader*}), walked by ARQ's path evaluator. */
    private Set<Node> selfAndBroader(Node concept) {
        return broaderOf.computeIfAbsent(concept, c -> {
            Set<Node> found = new LinkedHashSet<>();
            PathEval.eval(dataset.getUnionGraph(), c, SELF_AND_BROADER, Context.emptyContext()).forEachRemaining(found::add);
            return found;
        });
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }
}
