package org.evaw.loader;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.ontology.ConceptSchemes;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.NIF;
import org.evaw.ontology.PROV;
import org.evaw.ontology.SummaryCubes;
import org.evaw.ontology.SummaryOrders;

/**
 * order-activities-by-form-of-violence-and-region.rq restated: an activity's row per form of the
 * scheme (with a notation) that one of its forms is or falls under, region of one of its
 * countries, passage it comes from (document and start), label and lead agency's acronym (unbound
 * when none has one), with the English names of its forms under that one and the ISO 3 codes of
 * its countries in that region, each list in ARQ's order of its values, as the query's ordered
 * subquery hands them to GROUP_CONCAT. An activity's rows are its own: given as it is met.
 */
final class FormAndRegionRows implements WalkedOrder {
    private static final Node FORM = EVAW.formOfViolence.asNode();
    private static final Node COUNTRY = EVAW.country.asNode();
    private static final Node LEAD = EVAW.leadAgency.asNode();
    private static final Node REGION = EVAW.Region.asNode();
    private static final Node SCHEME = NodeFactory.createURI(ConceptSchemes.FORMS_OF_VIOLENCE);

    private final ReferenceLookups lookups;

    FormAndRegionRows(ReferenceLookups lookups) {
        this.lookups = lookups;
    }

    @Override
    public SummaryOrders.Order order() {
        return SummaryOrders.order(SummaryCubes.activitiesByFormAndRegion.asNode());
    }

    @Override
    public List<Node> predicates() {
        return List.of(FORM);
    }

    @Override
    public void add(Node activity, Map<Node, Set<Node>> objects, Consumer<Binding> rows) {
        Map<Node, Set<Node>> formNames = formNamesByConcept(objects.getOrDefault(FORM, Set.of()));
        Map<Node, Set<Node>> codes = codesByRegion(objects.getOrDefault(COUNTRY, Set.of()));
        Set<List<Node>> places = places(objects.getOrDefault(PROV.wasDerivedFrom.asNode(), Set.of()));
        Set<Node> labels = objects.getOrDefault(RDFS.label.asNode(), Set.of());
        if (formNames.isEmpty() || codes.isEmpty() || places.isEmpty() || labels.isEmpty())
            return;
        Set<Node> leads = new LinkedHashSet<>();
        for (Node lead : objects.getOrDefault(LEAD, Set.of()))
            leads.addAll(lookups.objects(lead, EVAW.acronym.asNode()));
        for (Map.Entry<Node, Set<Node>> concept : formNames.entrySet()) {
            Node forms = OrderCells.concat(concept.getValue(), "; ");
            for (Map.Entry<Node, Set<Node>> region : codes.entrySet()) {
                Node countries = OrderCells.concat(region.getValue(), " ");
                for (List<Node> place : places)
                    for (Node label : labels)
                        for (Node lead : OrderCells.optional(leads))
                            rows.accept(OrderCells.row("concept", concept.getKey(), "region", region.getKey(),
                                    "document", place.get(0), "start", place.get(1), "activity", activity, "label", label,
                                    "leadAgency", lead, "forms", forms, "countries", countries));
            }
        }
    }

    @Override
    public void finish(Consumer<Binding> rows) {
        // Every row was given with its activity.
    }

    /** Each form of the scheme that one of {@code forms} is or falls under → the English names of those forms, in ARQ's order. */
    private Map<Node, Set<Node>> formNamesByConcept(Set<Node> forms) {
        Map<Node, Set<Node>> names = new LinkedHashMap<>();
        for (Node form : forms) {
            List<Node> formNames = lookups.english(form, SKOS.prefLabel.asNode());
            if (formNames.isEmpty())
                continue;
            for (Node concept : lookups.broaderOrSelf(form))
                if (lookups.objects(concept, SKOS.inScheme.asNode()).contains(SCHEME)
                        && !lookups.objects(concept, SKOS.notation.asNode()).isEmpty())
                    names.computeIfAbsent(concept, c -> new TreeSet<>(ReferenceLookups.SPARQL_ORDER)).addAll(formNames);
        }
        return names;
    }

    /** Each region (a evaw:Region) of one of {@code countries} → the ISO 3 codes of those countries, in ARQ's order. */
    private Map<Node, Set<Node>> codesByRegion(Set<Node> countries) {
        Map<Node, Set<Node>> codes = new LinkedHashMap<>();
        for (Node country : countries) {
            List<Node> iso3 = lookups.objects(country, EVAW.iso3.asNode());
            if (iso3.isEmpty())
                continue;
            for (Node region : lookups.objects(country, EVAW.region.asNode()))
                if (lookups.typed(region, REGION))
                    codes.computeIfAbsent(region, r -> new TreeSet<>(ReferenceLookups.SPARQL_ORDER)).addAll(iso3);
        }
        return codes;
    }

    /** The (document, start) of each passage: its context's identifier and its begin index. */
    private Set<List<Node>> places(Set<Node> passages) {
        Set<List<Node>> places = new LinkedHashSet<>();
        for (Node passage : passages) {
            List<Node> starts = lookups.unremembered(passage, NIF.beginIndex.asNode());
            for (Node context : lookups.unremembered(passage, NIF.referenceContext.asNode()))
                for (Node document : lookups.objects(context, DCTerms.identifier.asNode()))
                    for (Node start : starts)
                        places.add(Arrays.asList(document, start));
        }
        return places;
    }
}
