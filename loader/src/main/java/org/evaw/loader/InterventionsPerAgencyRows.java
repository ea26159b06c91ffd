package org.evaw.loader;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.ontology.ConceptSchemes;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.SummaryCubes;
import org.evaw.ontology.SummaryOrders;

/**
 * order-interventions-per-agency.rq restated: per agency leading or joining (its acronym, or
 * unbound when it has none) and type of intervention of the scheme (each English name), the
 * number of distinct activities.
 */
final class InterventionsPerAgencyRows implements WalkedOrder {
    private static final Node INTERVENTION = EVAW.interventionType.asNode();
    private static final Node LEAD = EVAW.leadAgency.asNode();
    private static final Node PARTNER = EVAW.partner.asNode();
    private static final Node AGENCY = EVAW.Agency.asNode();
    private static final Node SCHEME = NodeFactory.createURI(ConceptSchemes.INTERVENTIONS);

    private final ReferenceLookups lookups;
    /** (acronym, agency, intervention, intervention's name) → distinct activities. */
    private final Map<List<Node>, Long> activities = new HashMap<>();

    InterventionsPerAgencyRows(ReferenceLookups lookups) {
        this.lookups = lookups;
    }

    @Override
    public SummaryOrders.Order order() {
        return SummaryOrders.order(SummaryCubes.interventionsPerAgency.asNode());
    }

    @Override
    public List<Node> predicates() {
        return List.of(INTERVENTION);
    }

    @Override
    public void add(Node activity, Map<Node, Set<Node>> objects, Consumer<Binding> rows) {
        Set<List<Node>> groups = new HashSet<>();
        for (Node intervention : objects.getOrDefault(INTERVENTION, Set.of())) {
            if (!lookups.objects(intervention, SKOS.inScheme.asNode()).contains(SCHEME))
                continue;
            for (Node name : lookups.english(intervention, SKOS.prefLabel.asNode()))
                for (Node predicate : List.of(LEAD, PARTNER))
                    for (Node agency : objects.getOrDefault(predicate, Set.of()))
                        if (lookups.typed(agency, AGENCY))
                            for (Node acronym : OrderCells.optional(lookups.objects(agency, EVAW.acronym.asNode())))
                                groups.add(Arrays.asList(acronym, agency, intervention, name));
        }
        groups.forEach(g -> activities.merge(g, 1L, Long::sum));
    }

    @Override
    public void finish(Consumer<Binding> rows) {
        activities.forEach((g, n) -> rows.accept(OrderCells.row("acronym", g.get(0), "agencyIri", g.get(1), "agency", g.get(1),
                "interventionName", g.get(3), "interventionIri", g.get(2), "intervention", g.get(2), "activities", OrderCells.count(n))));
    }
}
