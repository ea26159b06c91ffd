package org.evaw.loader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.SummaryCubes;
import org.evaw.ontology.SummaryOrders;

/**
 * order-countries-in-region.rq restated: per region, country (its English name, ISO 3 code, M49
 * code and subregion's English name, each as the query's OPTIONALs give them) and acronym of an
 * agency leading or joining, the number of distinct activities; an activity with no such agency
 * counts under an unbound acronym, as the query's OPTIONAL leaves it.
 */
final class CountriesInRegionRows implements WalkedOrder {
    private static final Node COUNTRY = EVAW.country.asNode();
    private static final Node LEAD = EVAW.leadAgency.asNode();
    private static final Node PARTNER = EVAW.partner.asNode();
    private static final Node AGENCY = EVAW.Agency.asNode();
    private static final Node REGION = EVAW.Region.asNode();
    private static final Node LABEL = SKOS.prefLabel.asNode();

    private final ReferenceLookups lookups;
    /** (region, country name, ISO 3, M49, subregion name, agency acronym) → distinct activities. */
    private final Map<List<Node>, Long> activities = new HashMap<>();

    CountriesInRegionRows(ReferenceLookups lookups) {
        this.lookups = lookups;
    }

    @Override
    public SummaryOrders.Order order() {
        return SummaryOrders.order(SummaryCubes.countriesInRegion.asNode());
    }

    @Override
    public List<Node> predicates() {
        return List.of(COUNTRY);
    }

    @Override
    public void add(Node activity, Map<Node, Set<Node>> objects, Consumer<Binding> rows) {
        Set<Node> acronyms = new LinkedHashSet<>();
        for (Node predicate : List.of(LEAD, PARTNER))
            for (Node agency : objects.getOrDefault(predicate, Set.of()))
                if (lookups.typed(agency, AGENCY))
                    acronyms.addAll(lookups.objects(agency, EVAW.acronym.asNode()));
        List<Node> agencyAcronyms = OrderCells.optional(acronyms);
        // The groups this activity falls in, each counted once: COUNT(DISTINCT ?activity).
        Set<List<Node>> groups = new HashSet<>();
        for (Node country : objects.getOrDefault(COUNTRY, Set.of())) {
            List<Node> codes = lookups.objects(country, EVAW.iso3.asNode());
            List<Node> names = lookups.english(country, LABEL);
            if (codes.isEmpty() || names.isEmpty())
                continue;
            List<Node> m49s = OrderCells.optional(lookups.objects(country, EVAW.m49.asNode()));
            List<Node> subregionNames = new ArrayList<>();
            for (Node subregion : lookups.objects(country, EVAW.subregion.asNode()))
                subregionNames.addAll(lookups.english(subregion, LABEL));
            for (Node region : lookups.objects(country, EVAW.region.asNode())) {
                if (!lookups.typed(region, REGION))
                    continue;
                for (Node name : names)
                    for (Node code : codes)
                        for (Node m49 : m49s)
                            for (Node subregionName : OrderCells.optional(subregionNames))
                                for (Node acronym : agencyAcronyms)
                                    groups.add(Arrays.asList(region, name, code, m49, subregionName, acronym));
            }
        }
        groups.forEach(g -> activities.merge(g, 1L, Long::sum));
    }

    @Override
    public void finish(Consumer<Binding> rows) {
        activities.forEach((g, n) -> rows.accept(OrderCells.row("region", g.get(0), "countryName", g.get(1), "iso3", g.get(2),
                "m49", g.get(3), "subregionName", g.get(4), "agencyAcronym", g.get(5), "activities", OrderCells.count(n))));
    }
}
