package org.evaw.loader;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.tdb2.TDB2;
import org.evaw.ontology.EVAW;

/**
 * Brings the summary graph up to date after a few page graphs are replaced, without computing it
 * again from every activity: what the old graphs gave ({@code summary-of-graph.rq}) is taken away
 * and what the new ones give is added. Counts add up because an activity lives in its page's graph
 * alone; a link ({@code evaw:worksIn}, {@code evaw:worksOn}, {@code evaw:activityAgency},
 * {@code evaw:activityCountry}) the old graphs gave and the new do not is kept only if another
 * activity still gives it ({@code summary-link-supported.rq}, {@code summary-concept-link-supported.rq}); the data
 * cubes' observations are brought up to date by {@link CubeDelta}, then the orders the summary
 * keeps by {@link KeptOrders}. Made before the graphs are
 * replaced and applied after, inside the same write transaction.
 */
final class SummaryDelta {
    private static final Query OF_GRAPH = QueryFactory.create(SummaryGraph.resource("summary-of-graph.rq"));
    private static final Query SUPPORTED = QueryFactory.create(SummaryGraph.resource("summary-link-supported.rq"));
    private static final Query CONCEPT_SUPPORTED = QueryFactory.create(SummaryGraph.resource("summary-concept-link-supported.rq"));
    private static final Node WORKS_IN = EVAW.worksIn.asNode();
    private static final Node WORKS_ON = EVAW.worksOn.asNode();

    private final DatasetGraph dataset;
    private final Node summary;
    private final List<Node> graphs;
    private final Contribution before;
    private final CubeDelta cubes;
    private final NameKeyDelta nameKeys;
    private final SummaryWrites writes;
    /** The predicates whose triples can touch a kept order's row, or nothing if any can. */
    private final Optional<Set<Node>> orderPredicates;
    private final Set<Quad> quadsBefore;

    private SummaryDelta(DatasetGraph dataset, Node summary, List<Node> graphs) {
        this.dataset = dataset;
        this.summary = summary;
        this.graphs = graphs;
        this.writes = new SummaryWrites(dataset, summary);
        this.before = contribution();
        this.cubes = CubeDelta.before(dataset, writes, summary, graphs);
        this.nameKeys = NameKeyDelta.before(dataset, writes, summary, graphs);
        this.orderPredicates = KeptOrders.predicates(summary);
        this.quadsBefore = quads();
    }

    /** Notes what {@code graphs} give the summary now, before they are replaced. */
    static SummaryDelta before(DatasetGraph dataset, Node summary, List<Node> graphs) {
        return new SummaryDelta(dataset, summary, graphs);
    }

    /**
     * Applies to the summary graph the difference between what the graphs gave and what they give
     * now; returns what was done with each order the summary keeps.
     */
    Map<Node, KeptOrders.Outcome> apply() {
        return apply(KeptOrders.MOST_RANK_RECORDS);
    }

    /**
     * {@link #apply()}, an order made again whole, or a part of a parted order, when its ranking would hold more than
     * {@code mostRecords} records of ranks put in or taken out.
     */
    Map<Node, KeptOrders.Outcome> apply(long mostRecords) {
        Contribution after = contribution();
        adjustCounts(EVAW.activityCount.asNode(), before.entities, after.entities);
        adjustCounts(EVAW.regionActivityCount.asNode(), before.regions, after.regions);
        Set<Node> worksInChanged = adjustLinks(WORKS_IN, before.worksIn, after.worksIn,
                (agency, country) -> agencyLinked(agency, EVAW.country.asNode(), country));
        Set<Node> worksOnChanged = adjustLinks(WORKS_ON, before.worksOn, after.worksOn,
                (agency, programme) -> agencyLinked(agency, EVAW.programme.asNode(), programme));
        adjustLinks(EVAW.activityAgency.asNode(), before.activityAgencies, after.activityAgencies,
                (concept, agency) -> conceptLinked(concept, EVAW.leadAgency.asNode(), agency)
                        || conceptLinked(concept, EVAW.partner.asNode(), agency));
        adjustLinks(EVAW.activityCountry.asNode(), before.activityCountries, after.activityCountries,
                (concept, country) -> conceptLinked(concept, EVAW.country.asNode(), country));
        // The pairs of agencies sharing countries or programmes are made from the links just brought up to date.
        cubes.apply(worksInChanged, worksOnChanged);
        // The names and orders read the counts just brought up to date.
        nameKeys.apply();
        // What changed in the union the orders read: the replaced graphs' triples that their patterns can match, and the summary's.
        UnionChange pages = UnionChange.of(dataset, graphs, quadsBefore, quads());
        Set<Triple> added = new HashSet<>(writes.changed(false));
        Set<Triple> removed = new HashSet<>(writes.changed(true));
        added.addAll(pages.added());
        removed.addAll(pages.removed());
        return KeptOrders.apply(dataset, summary, added, removed, mostRecords);
    }

    /** The quads of the graphs whose predicates the kept orders' patterns match. */
    private Set<Quad> quads() {
        Set<Quad> quads = new HashSet<>();
        for (Node g : graphs)
            dataset.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (orderPredicates.isEmpty() || orderPredicates.get().contains(q.getPredicate()))
                    quads.add(q);
            });
        return quads;
    }

    private void adjustCounts(Node property, Map<Node, Long> before, Map<Node, Long> after) {
        Set<Node> subjects = new HashSet<>(before.keySet());
        subjects.addAll(after.keySet());
        for (Node s : subjects) {
            long count = current(s, property) - before.getOrDefault(s, 0L) + after.getOrDefault(s, 0L);
            writes.deleteAny(s, property, Node.ANY);
            if (count > 0)
                writes.add(s, property, NodeFactory.createLiteralDT(Long.toString(count), XSDDatatype.XSDinteger));
        }
    }

    private long current(Node subject, Node property) {
        var found = dataset.find(summary, subject, property, Node.ANY);
        return found.hasNext() ? ((Number) found.next().getObject().getLiteralValue()).longValue() : 0;
    }

    /** Adds and removes links; returns the subjects whose links changed. */
    private Set<Node> adjustLinks(Node link, Set<List<Node>> before, Set<List<Node>> after, BiPredicate<Node, Node> supported) {
        Set<Node> changed = new HashSet<>();
        for (List<Node> pair : after) {
            if (!dataset.contains(summary, pair.get(0), link, pair.get(1))) {
                writes.add(pair.get(0), link, pair.get(1));
                changed.add(pair.get(0));
            }
        }
        for (List<Node> pair : before) {
            if (!after.contains(pair) && !supported.test(pair.get(0), pair.get(1))) {
                writes.delete(pair.get(0), link, pair.get(1));
                changed.add(pair.get(0));
            }
        }
        return changed;
    }

    /** Whether an activity still has the agency as lead or partner and links the target by the property. */
    private boolean agencyLinked(Node agency, Node property, Node target) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(SUPPORTED).set(TDB2.symUnionDefaultGraph, true)
                .substitution("agency", agency).substitution("target", target).substitution("property", property).build()) {
            return exec.ask();
        }
    }

    /** Whether an activity classified by the concept still links the target by the property. */
    private boolean conceptLinked(Node concept, Node property, Node target) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(CONCEPT_SUPPORTED).set(TDB2.symUnionDefaultGraph, true)
                .substitution("concept", concept).substitution("target", target).substitution("property", property).build()) {
            return exec.ask();
        }
    }

    /** What the graphs give the summary, as the store holds them now. */
    private Contribution contribution() {
        Contribution c = new Contribution();
        for (Node g : graphs) {
            try (QueryExec exec = QueryExec.dataset(dataset).query(OF_GRAPH).set(TDB2.symUnionDefaultGraph, true)
                    .substitution("g", g).build()) {
                exec.select().forEachRemaining(row -> {
                    Node s = row.get("s"), o = row.get("o");
                    switch (row.get("kind").getLiteralLexicalForm()) {
                        case "entity" -> c.entities.merge(s, 1L, Long::sum);
                        case "region" -> c.regions.merge(s, 1L, Long::sum);
                        case "worksIn" -> c.worksIn.add(List.of(s, o));
                        case "worksOn" -> c.worksOn.add(List.of(s, o));
                        case "activityAgency" -> c.activityAgencies.add(List.of(s, o));
                        case "activityCountry" -> c.activityCountries.add(List.of(s, o));
                        default -> throw new IllegalStateException("summary-of-graph.rq gave " + row);
                    }
                });
            }
        }
        return c;
    }

    /** Counts per entity and per region, and links, that some graphs give. */
    private static final class Contribution {
        final Map<Node, Long> entities = new HashMap<>();
        final Map<Node, Long> regions = new HashMap<>();
        final Set<List<Node>> worksIn = new HashSet<>();
        final Set<List<Node>> worksOn = new HashSet<>();
        final Set<List<Node>> activityAgencies = new HashSet<>();
        final Set<List<Node>> activityCountries = new HashSet<>();
    }
}
