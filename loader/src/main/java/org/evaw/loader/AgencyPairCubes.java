package org.evaw.loader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.SummaryCubes;

/**
 * The summary's two cubes of pairs of agencies (sharing countries, sharing programmes), made in
 * memory from the summary's own {@code evaw:worksIn} and {@code evaw:worksOn} links (agencies ×
 * countries, small) rather than by summary.rq's join over every activity, which cost a full load
 * more than the rest of the summary together (BENCHMARKS.md, issue 16). The observations are the
 * ones summary.rq defines, term for term: each pair once, its first agency's IRI sorting before
 * the other's, counting the countries with an English name (the programmes with a name) both are
 * linked to, and their names joined (sorted, so that the whole summary and the loader's delta,
 * which makes the pairs of the agencies whose links changed, agree; SPARQL leaves the order open).
 * The loader's tests compare them with summary.rq's.
 */
final class AgencyPairCubes {
    /** The variables naming the pair observations in summary.rq's template, which mark the parts of its WHERE that make them. */
    private static final Set<Var> PAIR_OBSERVATIONS = Set.of(Var.alloc("ppObservation"), Var.alloc("qqObservation"));
    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = SKOS.prefLabel.asNode();

    /** One cube: the link it pairs agencies on, its data set, measure and names, and which names count. */
    private record Pairing(Node link, Node dataSet, Node measure, Node names, String separator, Predicate<Node> named) {}

    private static final List<Pairing> PAIRINGS = List.of(
            new Pairing(EVAW.worksIn.asNode(), SummaryCubes.agencyPairCountry.asNode(), EVAW.sharedCountryCount.asNode(),
                    EVAW.sharedCountryNames.asNode(), "; ", AgencyPairCubes::english),
            new Pairing(EVAW.worksOn.asNode(), SummaryCubes.agencyPairProgramme.asNode(), EVAW.sharedProgrammeCount.asNode(),
                    EVAW.sharedProgrammeNames.asNode(), " | ", name -> true));

    private AgencyPairCubes() {}

    /** {@code summary} (summary.rq's CONSTRUCT) without the parts of its WHERE that make the pair observations. */
    static Query withoutPairs(Query summary) {
        Query query = summary.cloneQuery();
        ElementGroup where = (ElementGroup) query.getQueryPattern();
        ElementUnion union = (ElementUnion) where.get(0);
        ElementUnion kept = new ElementUnion();
        int removed = 0;
        for (Element part : union.getElements()) {
            if (PatternVars.vars(part).stream().anyMatch(PAIR_OBSERVATIONS::contains))
                removed++;
            else
                kept.addElement(part);
        }
        if (removed != PAIR_OBSERVATIONS.size())
            throw new IllegalStateException("summary.rq: expected " + PAIR_OBSERVATIONS.size() + " parts making pairs of agencies, found " + removed);
        ElementGroup group = new ElementGroup();
        group.addElement(kept);
        query.setQueryPattern(group);
        return query;
    }

    /** Adds to {@code summary} the pair observations its links give, naming them by the labels of the named graphs of {@code dataset}. */
    static void addTo(Graph summary, DatasetGraph dataset) {
        List<Triple> observations = new ArrayList<>();
        for (Pairing pairing : PAIRINGS)
            observations.addAll(observations(pairing, summary, dataset, agency -> true));
        observations.forEach(summary::add);
    }

    /**
     * The pair observations, of the country cube or the programme cube, of the pairs that one of {@code agencies} is part of,
     * from the links of {@code summary} (a graph of {@code dataset}, already up to date): what the
     * loader's delta writes after taking away those agencies' pairs.
     */
    static List<Triple> observationsOf(Set<Node> agencies, Graph summary, DatasetGraph dataset, boolean countries) {
        return observations(PAIRINGS.get(countries ? 0 : 1), summary, dataset, agencies::contains);
    }

    private static List<Triple> observations(Pairing pairing, Graph summary, DatasetGraph dataset, Predicate<Node> involved) {
        Map<Node, List<Node>> agenciesOf = new HashMap<>();
        summary.find(Node.ANY, pairing.link(), Node.ANY)
                .forEachRemaining(t -> agenciesOf.computeIfAbsent(t.getObject(), k -> new ArrayList<>()).add(t.getSubject()));
        // Pair (first, second) → the countries or programmes both are linked to.
        Map<List<Node>, List<Node>> shared = new HashMap<>();
        Map<Node, Set<Node>> namesOf = new HashMap<>();
        for (Map.Entry<Node, List<Node>> entry : agenciesOf.entrySet()) {
            if (entry.getValue().size() < 2 || entry.getValue().stream().noneMatch(involved))
                continue;
            Set<Node> names = names(dataset, entry.getKey(), pairing.named());
            if (names.isEmpty())
                continue;
            namesOf.put(entry.getKey(), names);
            List<Node> agencies = entry.getValue().stream().distinct().sorted(Comparator.comparing(AgencyPairCubes::str)).toList();
            for (int i = 0; i < agencies.size(); i++)
                for (int j = i + 1; j < agencies.size(); j++)
                    if ((involved.test(agencies.get(i)) || involved.test(agencies.get(j)))
                            && str(agencies.get(i)).compareTo(str(agencies.get(j))) < 0)
                        shared.computeIfAbsent(List.of(agencies.get(i), agencies.get(j)), k -> new ArrayList<>()).add(entry.getKey());
        }
        List<Triple> triples = new ArrayList<>();
        shared.forEach((pair, things) -> {
            // The names in one order, whichever way the pair was made (whole or by the delta).
            Set<Node> names = new TreeSet<>(Comparator.comparing(AgencyPairCubes::str).thenComparing(n -> n.toString()));
            things.forEach(thing -> names.addAll(namesOf.get(thing)));
            Node observation = CountCubes.observation(pairing.dataSet(), pair.get(0), pair.get(1));
            triples.add(Triple.create(observation, TYPE, SummaryCubes.Observation.asNode()));
            triples.add(Triple.create(observation, SummaryCubes.dataSet.asNode(), pairing.dataSet()));
            triples.add(Triple.create(observation, EVAW.refAgency.asNode(), pair.get(0)));
            triples.add(Triple.create(observation, EVAW.refOtherAgency.asNode(), pair.get(1)));
            triples.add(Triple.create(observation, pairing.measure(),
                    NodeFactory.createLiteralDT(Integer.toString(things.size()), XSDDatatype.XSDinteger)));
            triples.add(Triple.create(observation, pairing.names(), NodeFactory.createLiteralString(
                    names.stream().map(AgencyPairCubes::str).collect(Collectors.joining(pairing.separator())))));
        });
        return triples;
    }

    /** The distinct {@code skos:prefLabel}s of {@code thing} in the named graphs (as the union graph summary.rq reads) that count. */
    private static Set<Node> names(DatasetGraph dataset, Node thing, Predicate<Node> named) {
        Map<String, Node> names = new TreeMap<>();
        dataset.findNG(Node.ANY, thing, LABEL, Node.ANY).forEachRemaining(q -> {
            if (named.test(q.getObject()))
                names.putIfAbsent(q.getObject().toString(), q.getObject());
        });
        return new LinkedHashSet<>(names.values());
    }

    /** SPARQL's {@code LANGMATCHES(LANG(?name), "en")}. */
    private static boolean english(Node name) {
        if (!name.isLiteral())
            return false;
        String lang = name.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT);
        return lang.equals("en") || lang.startsWith("en-");
    }

    /** SPARQL's {@code STR}. */
    private static String str(Node node) {
        return node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
