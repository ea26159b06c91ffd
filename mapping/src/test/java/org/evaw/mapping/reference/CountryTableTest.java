package org.evaw.mapping.reference;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.ontology.EVAW;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How {@link CountryTable} turns rows of the UN country table into countries, names and regions. */
class CountryTableTest {

    private final IriMinter iris = IriMinter.defaultBase();
    private final Model model = ModelFactory.createDefaultModel();

    @BeforeEach
    void readSample() throws IOException {
        try (InputStream in = CountryTableTest.class.getResourceAsStream("country-table-sample.csv")) {
            if (in == null)
                throw new IllegalStateException("missing test fixture country-table-sample.csv");
            CountryTable.addTo(model, iris, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void dropsTheAnnotationsOfUnNames() {
        Resource pse = country("pse");
        assertAll(
                () -> assertEquals("State of Palestine", pse.getProperty(SKOS.prefLabel, "en").getString()),
                () -> assertEquals(Set.of("Palestine"), labels(pse, SKOS.altLabel)),
                () -> assertEquals("Democratic Republic of the Congo", country("cod").getProperty(SKOS.prefLabel, "en").getString()));
    }

    @Test
    void addsTheShortFormBeforeAParenthesis() {
        Resource bol = country("bol");
        assertAll(
                () -> assertEquals("Bolivia (Plurinational State of)", bol.getProperty(SKOS.prefLabel, "en").getString()),
                () -> assertEquals(Set.of("Bolivia", "Plurinational State of Bolivia"), labels(bol, SKOS.altLabel)));
    }

    @Test
    void leavesOutCldrNamesThatDisambiguateWithADash() {
        assertFalse(labels(country("cod"), SKOS.altLabel).stream().anyMatch(l -> l.contains(" - ")));
    }

    @Test
    void padsM49CodesToThreeDigits() {
        assertEquals("004", country("afg").getProperty(EVAW.m49).getString());
    }

    @Test
    void linksCountriesToTheirRegionsAndWikidata() {
        Resource afg = country("afg");
        Resource asia = afg.getPropertyResourceValue(EVAW.region);
        assertAll(
                () -> assertEquals(iris.entity("region", "Asia"), asia.getURI()),
                () -> assertTrue(model.contains(asia, RDF.type, EVAW.Region)),
                () -> assertEquals("Asia", asia.getProperty(SKOS.prefLabel, "en").getString()),
                () -> assertEquals(iris.entity("region", "Southern Asia"), afg.getPropertyResourceValue(EVAW.subregion).getURI()),
                // Wikidata's concept IRIs are http, whatever the page address in the table.
                () -> assertEquals("http://www.wikidata.org/entity/Q889", afg.getPropertyResourceValue(SKOS.exactMatch).getURI()),
                () -> assertFalse(country("cod").hasProperty(SKOS.exactMatch)));
    }

    @Test
    void skipsRowsWithoutAnIso3CodeOrAName() {
        Set<String> countries = model.listSubjectsWithProperty(RDF.type, EVAW.Country).toList().stream()
                .map(Resource::getURI).collect(Collectors.toSet());
        assertEquals(Set.of(iris.entity("country", "pse"), iris.entity("country", "bol"), iris.entity("country", "afg"),
                iris.entity("country", "cod")), countries);
    }

    private Resource country(String iso3) {
        Resource c = model.createResource(iris.entity("country", iso3));
        assertTrue(model.contains(c, RDF.type, EVAW.Country), c + " is not a country");
        return c;
    }

    private static Set<String> labels(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(s -> s.getString()).collect(Collectors.toSet());
    }
}
