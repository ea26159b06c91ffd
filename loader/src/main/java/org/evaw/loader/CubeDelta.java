package org.evaw.loader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.SummaryCubes;

/**
 * Brings the summary graph's RDF Data Cube observations (summary.rq, the data sets of evaw.ttl) up
 * to date after a few page graphs are replaced, as {@link SummaryDelta} does the rest of the
 * summary, in the same write transaction: counts of activities per agency and country, per
 * period and lead agency, per programme (with its lead agency, its country or both), per pair of organisations sharing them, per organisation
 * and resolution cited, per form of violence and country and per value of a property by what the old graphs counted taken away and what the new count added
 * ({@code summary-cubes-of-graph.rq}); publications per year by the years of the publications the
 * graphs name, asked of the whole store before and after (a publication may be listed on several
 * pages, so its years do not add up page by page); the pairs of agencies sharing countries or
 * programmes made again ({@link AgencyPairCubes}), from the summary's {@code evaw:worksIn} or
 * {@code evaw:worksOn} links, for the agencies whose links changed.
 */
final class CubeDelta {
    private static final Query CUBES_OF_GRAPH = QueryFactory.create(SummaryGraph.resource("summary-cubes-of-graph.rq"));
    private static final Query PUBLICATIONS_OF_GRAPH = QueryFactory.create(SummaryGraph.resource("summary-publications-of-graph.rq"));
    private static final Query PUBLICATION_YEARS = QueryFactory.create(SummaryGraph.resource("summary-publication-years.rq"));
    private static final Node TYPE = RDF.type.asNode();
    private static final Node OBSERVATION = SummaryCubes.Observation.asNode();
    private static final Node DATA_SET = SummaryCubes.dataSet.asNode();
    private static final Node REF_AGENCY = EVAW.refAgency.asNode();
    private static final Node REF_OTHER_AGENCY = EVAW.refOtherAgency.asNode();
    private static final CountCubes.CountCube YEARS = CountCubes.PUBLICATION_YEAR;

    /** A data set of pairs of agencies sharing what a link of the summary leads to (countries, or programmes). */
    private record PairCube(Node dataSet, boolean countries) {}

    private static final PairCube COUNTRY_PAIRS = new PairCube(SummaryCubes.agencyPairCountry.asNode(), true);
    private static final PairCube PROGRAMME_PAIRS = new PairCube(SummaryCubes.agencyPairProgramme.asNode(), false);

    /** One observation of a count cube. */
    private record Key(Node dataSet, List<Node> dimensions) {}

    private final DatasetGraph dataset;
    private final SummaryWrites writes;
    private final Node summary;
    private final List<Node> graphs;
    private final Map<Key, Map<Node, Long>> countsBefore;
    private final Set<Node> publicationsBefore;
    private final Map<Node, Set<String>> yearsBefore = new HashMap<>();

    private CubeDelta(DatasetGraph dataset, SummaryWrites writes, Node summary, List<Node> graphs) {
        this.dataset = dataset;
        this.writes = writes;
        this.summary = summary;
        this.graphs = graphs;
        this.countsBefore = counts();
        this.publicationsBefore = publications();
        publicationsBefore.forEach(p -> yearsBefore.put(p, years(p, Set.of())));
    }

    /** Notes what {@code graphs} give the cubes now, before they are replaced. */
    static CubeDelta before(DatasetGraph dataset, SummaryWrites writes, Node summary, List<Node> graphs) {
        return new CubeDelta(dataset, writes, summary, graphs);
    }

    /**
     * Applies to the cubes the difference the replaced graphs make; {@code worksInChanged} and
     * {@code worksOnChanged} are the agencies whose {@code evaw:worksIn} and {@code evaw:worksOn}
     * links of the summary changed (already applied).
     */
    void apply(Set<Node> worksInChanged, Set<Node> worksOnChanged) {
        applyCounts();
        applyPublications();
        applyPairs(COUNTRY_PAIRS, worksInChanged);
        applyPairs(PROGRAMME_PAIRS, worksOnChanged);
    }

    private void applyCounts() {
        Map<Key, Map<Node, Long>> after = counts();
        Set<Key> keys = new HashSet<>(countsBefore.keySet());
        keys.addAll(after.keySet());
        for (Key key : keys) {
            CountCubes.CountCube cube = CountCubes.OF_ACTIVITIES.get(key.dataSet());
            Node observation = CountCubes.observation(key.dataSet(), key.dimensions().toArray(Node[]::new));
            Map<Node, Long> values = new HashMap<>();
            for (Node measure : cube.measures())
                values.put(measure, current(observation, measure) - countsBefore.getOrDefault(key, Map.of()).getOrDefault(measure, 0L)
                        + after.getOrDefault(key, Map.of()).getOrDefault(measure, 0L));
            writes.deleteAny(observation, Node.ANY, Node.ANY);
            if (values.get(cube.presence()) <= 0)
                continue;
            add(observation, key.dataSet());
            for (int i = 0; i < cube.dimensions().size(); i++)
                writes.add(observation, cube.dimensions().get(i), key.dimensions().get(i));
            values.forEach((measure, value) -> writes.add(observation, measure, integer(value)));
        }
    }

    private void applyPublications() {
        Set<Node> publications = new HashSet<>(publicationsBefore);
        Set<Node> named = publications();
        publications.addAll(named);
        Map<String, Long> change = new HashMap<>();
        for (Node publication : publications) {
            // A publication the old graphs did not name had, before, what the other graphs say of it.
            Set<String> before = publicationsBefore.contains(publication) ? yearsBefore.get(publication)
                    : years(publication, Set.copyOf(graphs));
            Set<String> after = years(publication, Set.of());
            before.forEach(year -> change.merge(year, -1L, Long::sum));
            after.forEach(year -> change.merge(year, 1L, Long::sum));
        }
        change.forEach((year, delta) -> {
            if (delta == 0)
                return;
            Node value = NodeFactory.createLiteralString(year);
            Node observation = CountCubes.observation(YEARS.dataSet(), value);
            long count = current(observation, YEARS.presence()) + delta;
            writes.deleteAny(observation, Node.ANY, Node.ANY);
            if (count <= 0)
                return;
            add(observation, YEARS.dataSet());
            writes.add(observation, YEARS.dimensions().get(0), value);
            writes.add(observation, YEARS.presence(), integer(count));
        });
    }

    /** Removes every pair the changed agencies are part of, then makes their pairs again from the summary's links. */
    private void applyPairs(PairCube cube, Set<Node> agencies) {
        for (Node agency : agencies) {
            List<Node> observations = new ArrayList<>();
            for (Node dimension : List.of(REF_AGENCY, REF_OTHER_AGENCY))
                dataset.find(summary, Node.ANY, dimension, agency).forEachRemaining(q -> {
                    if (dataset.contains(summary, q.getSubject(), DATA_SET, cube.dataSet()))
                        observations.add(q.getSubject());
                });
            observations.forEach(o -> writes.deleteAny(o, Node.ANY, Node.ANY));
        }
        AgencyPairCubes.observationsOf(agencies, dataset.getGraph(summary), dataset, cube.countries())
                .forEach(t -> writes.add(t.getSubject(), t.getPredicate(), t.getObject()));
    }

    private void add(Node observation, Node dataSet) {
        writes.add(observation, TYPE, OBSERVATION);
        writes.add(observation, DATA_SET, dataSet);
    }

    private long current(Node observation, Node measure) {
        var found = dataset.find(summary, observation, measure, Node.ANY);
        return found.hasNext() ? ((Number) found.next().getObject().getLiteralValue()).longValue() : 0;
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    /** The counts the graphs give, as the store holds them now. */
    private Map<Key, Map<Node, Long>> counts() {
        Map<Key, Map<Node, Long>> counts = new HashMap<>();
        for (Node g : graphs)
            for (Binding row : select(CUBES_OF_GRAPH, Map.of("g", g)))
                counts.computeIfAbsent(new Key(row.get("cube"), dimensions(row)), k -> new HashMap<>())
                        .merge(row.get("measure"), ((Number) row.get("count").getLiteralValue()).longValue(), Long::sum);
        return counts;
    }

    /** An observation's dimensions as summary-cubes-of-graph.rq gives them: ?first, ?second and, for three, ?third. */
    private static List<Node> dimensions(Binding row) {
        Node third = row.get("third");
        return third == null ? List.of(row.get("first"), row.get("second")) : List.of(row.get("first"), row.get("second"), third);
    }

    /** The publications the graphs type or date, as the store holds them now. */
    private Set<Node> publications() {
        Set<Node> publications = new HashSet<>();
        for (Node g : graphs)
            select(PUBLICATIONS_OF_GRAPH, Map.of("g", g)).forEach(row -> publications.add(row.get("publication")));
        return publications;
    }

    /** The years of issue of a publication, as the store holds it now, leaving out what the graphs {@code without} say. */
    private Set<String> years(Node publication, Collection<Node> without) {
        Set<String> years = new HashSet<>();
        for (Binding row : select(PUBLICATION_YEARS, Map.of("publication", publication)))
            if (!without.contains(row.get("typed")) && !without.contains(row.get("dated")))
                years.add(row.get("year").getLiteralLexicalForm());
        return years;
    }

    private List<Binding> select(Query query, Map<String, Node> values) {
        List<Binding> rows = new ArrayList<>();
        var builder = QueryExec.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true);
        values.forEach(builder::substitution);
        try (QueryExec exec = builder.build()) {
            exec.select().forEachRemaining(rows::add);
        }
        return rows;
    }
}
