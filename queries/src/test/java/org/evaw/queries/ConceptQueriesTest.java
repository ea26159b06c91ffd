package org.evaw.queries;

import static org.evaw.queries.SavedQueriesTest.cell;
import static org.evaw.queries.SavedQueriesTest.corpusStore;
import static org.evaw.queries.SavedQueriesTest.rows;
import static org.evaw.queries.SavedQueriesTest.saved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.ontology.ConceptSchemes;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.OntologyFiles;
import org.junit.jupiter.api.Test;

/**
 * The saved queries that read the SKOS concept schemes (forms of violence, kinds of intervention),
 * run on the corpus: every answer is checked against the same facts read from the graph's triples
 * one by one, without SPARQL, so that a wrong join, a lost row or a double count shows.
 */
class ConceptQueriesTest {
    private static final String SDG = "http://metadata.un.org/sdg/";

    /** The corpus as a model over the union of its graphs. */
    private static Model graph() {
        return ModelFactory.createModelForGraph(corpusStore().getDefaultGraph());
    }

    private static Set<Resource> subjects(Model m, org.apache.jena.rdf.model.Property p, RDFNode o) {
        Set<Resource> found = new HashSet<>();
        m.listSubjectsWithProperty(p, o).forEachRemaining(found::add);
        return found;
    }

    private static Set<Resource> objects(Resource s, org.apache.jena.rdf.model.Property p) {
        Set<Resource> found = new HashSet<>();
        s.listProperties(p).forEachRemaining(st -> {
            if (st.getObject().isResource())
                found.add(st.getResource());
        });
        return found;
    }

    /** The concept of the forms-of-violence scheme with this notation. */
    private static Resource formByCode(Model m, String code) {
        return m.listStatements(null, SKOS.notation, (RDFNode) null).toList().stream()
                .filter(st -> st.getString().equals(code)
                        && st.getSubject().hasProperty(SKOS.inScheme, ConceptSchemes.FormsOfViolence))
                .map(Statement::getSubject).findFirst().orElseThrow(() -> new AssertionError("no form coded " + code));
    }

    /** The concept and every concept below it, by skos:broader, however deep. */
    private static Set<Resource> andNarrower(Model m, Resource concept) {
        Set<Resource> found = new HashSet<>(Set.of(concept));
        for (int size = 0; size != found.size(); ) {
            size = found.size();
            for (Resource c : Set.copyOf(found))
                found.addAll(subjects(m, SKOS.broader, c));
        }
        return found;
    }

    private static Set<Resource> countriesOfRegion(Model m, String regionName) {
        Set<Resource> found = new HashSet<>();
        for (Resource region : subjects(m, RDF.type, EVAW.Region)) {
            if (region.listProperties(SKOS.prefLabel).toList().stream().anyMatch(st -> st.getString().equals(regionName)))
                found.addAll(subjects(m, EVAW.region, region));
        }
        return found;
    }

    /** The agencies (evaw:Agency) that lead or join an activity. */
    private static Set<Resource> agenciesOf(Resource activity) {
        Set<Resource> found = objects(activity, EVAW.leadAgency);
        found.addAll(objects(activity, EVAW.partner));
        found.removeIf(a -> !a.hasProperty(RDF.type, EVAW.Agency));
        return found;
    }

    private static Set<String> words(String s) {
        return s == null || s.isEmpty() ? Set.of() : new TreeSet<>(List.of(s.split(" ")));
    }

    // activities-by-form-of-violence-and-region

    @Test
    void activitiesOnTraffickingInAsiaAreThoseTheGraphClassifiesSoInAsianCountries() {
        assertActivitiesByFormAndRegion("TIP", "Asia");
        assertActivitiesByFormAndRegion("TIP", "Europe");
        assertActivitiesByFormAndRegion("VAWG", "Africa");
    }

    @Test
    void theRegionMayBeNamedInAnyUnLanguageAndCase() {
        List<String> english = rows("activities-by-form-of-violence-and-region", "concept", "TIP", "region", "Asia").stream()
                .map(r -> cell(r, "activity")).toList();
        assertFalse(english.isEmpty());
        for (String name : List.of("Asie", "asia", "Азия", "亚洲"))
            assertEquals(english, rows("activities-by-form-of-violence-and-region", "concept", "TIP", "region", name).stream()
                    .map(r -> cell(r, "activity")).toList(), name);
    }

    @Test
    void aBroadFormFindsTheActivitiesOfTheFormsBelowIt() {
        Set<String> trafficking = new TreeSet<>();
        rows("activities-by-form-of-violence-and-region", "concept", "TIP", "region", "Asia")
                .forEach(r -> trafficking.add(cell(r, "activity")));
        assertFalse(trafficking.isEmpty(), "the corpus has activities against trafficking in Asia (GLO.ACT)");
        Set<String> all = new TreeSet<>();
        List<Binding> violence = rows("activities-by-form-of-violence-and-region", "concept", "VAWG", "region", "Asia");
        violence.forEach(r -> all.add(cell(r, "activity")));
        assertTrue(all.containsAll(trafficking), "trafficking in persons is a form of violence against women and girls");
        assertTrue(violence.stream().anyMatch(r -> cell(r, "forms").contains("trafficking in persons")));
    }

    @Test
    void aFormNoActivityStatesFindsNothing() {
        Model m = graph();
        // Economic violence: no page speaks of it, so no activity is classified by it.
        assertTrue(subjects(m, EVAW.formOfViolence, formByCode(m, "ECV")).isEmpty());
        assertTrue(rows("activities-by-form-of-violence-and-region", "concept", "ECV", "region", "Asia").isEmpty());
    }

    @Test
    void theConceptParameterListsEveryCodeOfTheScheme() {
        Set<String> codes = new TreeSet<>();
        Model scheme = OntologyFiles.formsOfViolence();
        scheme.listStatements(null, SKOS.notation, (RDFNode) null).forEachRemaining(st -> {
            // The DAC purpose code is the domain's, not a concept's own code.
            if (st.getLiteral().getDatatypeURI().equals(ConceptSchemes.FORMS_OF_VIOLENCE + "#code"))
                codes.add(st.getString());
        });
        Parameter concept = saved("activities-by-form-of-violence-and-region").parameters().stream()
                .filter(p -> p.name().equals("concept")).findFirst().orElseThrow();
        assertEquals(codes, new TreeSet<>(concept.allowed()));
    }

    private static void assertActivitiesByFormAndRegion(String code, String region) {
        Model m = graph();
        Set<Resource> forms = andNarrower(m, formByCode(m, code));
        Set<Resource> countries = countriesOfRegion(m, region);
        Map<String, Set<String>> expected = new TreeMap<>();
        for (Resource form : forms) {
            for (Resource activity : subjects(m, EVAW.formOfViolence, form)) {
                for (Resource country : objects(activity, EVAW.country)) {
                    if (countries.contains(country))
                        expected.computeIfAbsent(activity.getURI(), a -> new TreeSet<>())
                                .add(country.getProperty(EVAW.iso3).getString());
                }
            }
        }
        Map<String, Set<String>> answered = new TreeMap<>();
        for (Binding row : rows("activities-by-form-of-violence-and-region", "concept", code, "region", region)) {
            assertTrue(answered.put(cell(row, "activity"), words(cell(row, "countries"))) == null, "one row an activity");
            Resource activity = m.getResource(cell(row, "activity"));
            assertEquals(activity.getProperty(org.apache.jena.vocabulary.RDFS.label).getString(), cell(row, "label"));
        }
        assertFalse(expected.isEmpty(), code + " in " + region + " has activities on the corpus");
        assertEquals(expected, answered, code + " in " + region);
    }

    // agencies-per-sdg-target

    @Test
    void agenciesPerSdgTargetCountTheActivitiesOfTheFormsMatchedToEachTarget() {
        Model m = graph();
        Map<String, Integer> expected = new TreeMap<>();
        Map<String, Set<Resource>> activities = new HashMap<>();
        for (Resource form : subjects(m, SKOS.inScheme, ConceptSchemes.FormsOfViolence)) {
            Set<Resource> targets = objects(form, SKOS.closeMatch);
            targets.addAll(objects(form, SKOS.relatedMatch));
            for (Resource target : targets) {
                String number = target.getURI().startsWith(SDG) ? target.getURI().substring(SDG.length()) : "";
                if (!number.matches("[0-9]+\\.[0-9a-z]+"))
                    continue;
                for (Resource activity : subjects(m, EVAW.formOfViolence, form))
                    for (Resource agency : agenciesOf(activity))
                        activities.computeIfAbsent(number + " " + agency.getURI(), k -> new HashSet<>()).add(activity);
            }
        }
        activities.forEach((key, set) -> expected.put(key, set.size()));
        Map<String, Integer> answered = new TreeMap<>();
        List<Binding> rows = rows("agencies-per-sdg-target");
        for (Binding row : rows) {
            assertEquals(SDG + cell(row, "sdgTarget"), cell(row, "target"));
            answered.put(cell(row, "sdgTarget") + " " + cell(row, "agency"), Integer.parseInt(cell(row, "activities")));
        }
        assertEquals(expected, answered);
        // Target 5.2 is violence against women and girls itself; UNODC's pages make it the most active there.
        assertEquals("5.2", cell(rows.get(0), "sdgTarget"));
        assertEquals("UNODC", cell(rows.get(0), "acronym"));
        assertTrue(rows.stream().noneMatch(r -> cell(r, "sdgTarget").startsWith("C")), "indicators are not targets");
    }

    @Test
    void targetsComeInGoalOrder() {
        List<String> goals = rows("agencies-per-sdg-target").stream().map(r -> cell(r, "sdgTarget")).distinct().toList();
        for (int i = 1; i < goals.size(); i++) {
            int before = Integer.parseInt(goals.get(i - 1).split("\\.")[0]);
            int after = Integer.parseInt(goals.get(i).split("\\.")[0]);
            assertTrue(before <= after, goals.toString());
        }
        assertTrue(goals.containsAll(List.of("5.2", "16.2")), goals.toString());
    }

    // interventions-per-agency

    @Test
    void interventionsPerAgencyCountTheActivitiesOfEachKindAnAgencyLeadsOrJoins() {
        Model m = graph();
        Map<String, Set<Resource>> activities = new HashMap<>();
        for (Statement st : m.listStatements(null, EVAW.interventionType, (RDFNode) null).toList()) {
            Resource activity = st.getSubject();
            for (Resource agency : agenciesOf(activity))
                activities.computeIfAbsent(agency.getURI() + " " + st.getResource().getURI(), k -> new HashSet<>()).add(activity);
        }
        Map<String, Integer> expected = new TreeMap<>();
        activities.forEach((key, set) -> expected.put(key, set.size()));
        Map<String, Integer> answered = new TreeMap<>();
        for (Binding row : rows("interventions-per-agency"))
            answered.put(cell(row, "agency") + " " + cell(row, "intervention"), Integer.parseInt(cell(row, "activities")));
        assertEquals(expected, answered);
        assertTrue(answered.keySet().stream().anyMatch(k -> k.endsWith("/id/agency/unodc "
                + ConceptSchemes.INTERVENTIONS_NS + "justice-and-policing")));
    }

    // forms-of-violence-by-country

    @Test
    void formsOfViolenceByCountryCountEachCountrysClassifiedActivities() {
        Model m = graph();
        Map<String, Set<Resource>> activities = new HashMap<>();
        for (Statement st : m.listStatements(null, EVAW.formOfViolence, (RDFNode) null).toList())
            for (Resource country : objects(st.getSubject(), EVAW.country))
                activities.computeIfAbsent(country.getProperty(EVAW.iso3).getString() + " " + st.getResource().getURI(),
                        k -> new HashSet<>()).add(st.getSubject());
        Map<String, Integer> expected = new TreeMap<>();
        activities.forEach((key, set) -> expected.put(key, set.size()));
        Map<String, Integer> answered = new TreeMap<>();
        List<Binding> rows = rows("forms-of-violence-by-country");
        for (Binding row : rows)
            answered.put(cell(row, "iso3") + " " + cell(row, "form"), Integer.parseInt(cell(row, "activities")));
        assertEquals(expected, answered);
        // Countries in name order, each country's rows together.
        List<String> names = rows.stream().map(r -> cell(r, "countryName")).toList();
        for (int i = 1; i < names.size(); i++)
            assertTrue(names.get(i - 1).compareTo(names.get(i)) <= 0, names.get(i - 1) + " before " + names.get(i));
    }

    @Test
    void formsOfViolenceByCountryAgreeWithTheActivitiesByFormAndRegion() {
        // Two saved queries, one question: the trafficking activities in Asia, counted per country.
        Map<String, Integer> perCountry = new TreeMap<>();
        for (Binding row : rows("activities-by-form-of-violence-and-region", "concept", "TIP", "region", "Asia"))
            for (String iso3 : words(cell(row, "countries")))
                perCountry.merge(iso3, 1, Integer::sum);
        Set<String> asian = new TreeSet<>();
        countriesOfRegion(graph(), "Asia").forEach(c -> asian.add(c.getProperty(EVAW.iso3).getString()));
        Map<String, Integer> counted = new TreeMap<>();
        for (Binding row : rows("forms-of-violence-by-country"))
            if (asian.contains(cell(row, "iso3")) && cell(row, "form").equals(ConceptSchemes.FORMS_OF_VIOLENCE_NS + "trafficking-in-persons"))
                counted.put(cell(row, "iso3"), Integer.parseInt(cell(row, "activities")));
        assertFalse(counted.isEmpty());
        assertEquals(counted, perCountry);
    }
}
