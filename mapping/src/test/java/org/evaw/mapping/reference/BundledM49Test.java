package org.evaw.mapping.reference;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.ontology.EVAW;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The M49 codes and hierarchy of the bundled reference data, as the build writes them into the reference graph. */
class BundledM49Test {

    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static Model reference;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load(IRIS);
    }

    @Test
    void everyCountryAndRegionHasOneThreeDigitCodeOfItsOwn() {
        Map<String, String> byCode = new HashMap<>();
        Set<String> faults = new TreeSet<>();
        for (Resource area : areas()) {
            List<Statement> codes = area.listProperties(EVAW.m49).toList();
            List<Statement> notations = area.listProperties(SKOS.notation)
                    .filterKeep(s -> EVAW.M49Code.getURI().equals(s.getLiteral().getDatatypeURI())).toList();
            if (codes.size() != 1 || notations.size() != 1) {
                faults.add(area + ": " + codes.size() + " evaw:m49, " + notations.size() + " M49 notations");
                continue;
            }
            String code = codes.get(0).getString();
            if (!code.matches("[0-9]{3}") || !code.equals(notations.get(0).getString()))
                faults.add(area + ": code " + code + ", notation " + notations.get(0).getString());
            String other = byCode.put(code, area.getURI());
            if (other != null)
                faults.add(code + " names both " + other + " and " + area);
            if (!area.hasProperty(SKOS.exactMatch, reference.createResource(M49Areas.SDG_GEO_AREA + code)))
                faults.add(area + ": no SDG geographic area " + code);
        }
        assertEquals(Set.of(), faults);
        // 249 countries and areas of the table, 30 M49 areas above them.
        assertEquals(249 + 30, byCode.size());
    }

    @Test
    void theRegionsFormOneHierarchyUnderTheWorld() {
        Resource world = region("World");
        Set<String> faults = new TreeSet<>();
        for (Resource region : reference.listSubjectsWithProperty(RDF.type, EVAW.Region).toList()) {
            if (region.equals(world))
                continue;
            List<Statement> broader = region.listProperties(SKOS.broader).toList();
            if (broader.size() != 1)
                faults.add(region + " has " + broader.size() + " broader regions");
            // Climb to the top: every path ends at the world, without a cycle.
            Resource up = region;
            for (int steps = 0; up != null && !up.equals(world) && steps < 5; steps++)
                up = up.getPropertyResourceValue(SKOS.broader);
            if (!world.equals(up))
                faults.add(region + " does not reach the world");
        }
        assertAll(
                () -> assertEquals(Set.of(), faults),
                () -> assertEquals("001", world.getProperty(EVAW.m49).getString()));
    }

    @Test
    void aCountryIsBelowItsRegionSubregionAndIntermediateRegion() {
        Resource senegal = reference.createResource(IRIS.entity("country", "SEN"));
        Resource westernAfrica = senegal.getPropertyResourceValue(EVAW.intermediateRegion);
        assertAll(
                () -> assertEquals(region("Western Africa"), westernAfrica),
                () -> assertEquals("011", westernAfrica.getProperty(EVAW.m49).getString()),
                () -> assertEquals(senegal.getPropertyResourceValue(EVAW.subregion), westernAfrica.getPropertyResourceValue(SKOS.broader)),
                () -> assertEquals(region("Sub-Saharan Africa"), senegal.getPropertyResourceValue(EVAW.subregion)),
                () -> assertEquals(region("Africa"), region("Sub-Saharan Africa").getPropertyResourceValue(SKOS.broader)),
                () -> assertEquals("419", region("Latin America and the Caribbean").getProperty(EVAW.m49).getString()),
                () -> assertEquals(region("Americas"), region("Latin America and the Caribbean").getPropertyResourceValue(SKOS.broader)),
                () -> assertTrue(reference.contains(reference.createResource(IRIS.entity("country", "KEN")), SKOS.exactMatch,
                        reference.createResource("http://metadata.un.org/sdg/codes/geoArea/404"))));
    }

    private static List<Resource> areas() {
        List<Resource> areas = new java.util.ArrayList<>(reference.listSubjectsWithProperty(RDF.type, EVAW.Country).toList());
        areas.addAll(reference.listSubjectsWithProperty(RDF.type, EVAW.Region).toList());
        return areas;
    }

    private static Resource region(String name) {
        return reference.createResource(IRIS.entity("region", name));
    }
}
