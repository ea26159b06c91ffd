package org.evaw.mapping.reference;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.ontology.EVAW;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@link M49Areas} gives the countries and regions of the UN country table their M49 codes and hierarchy. */
class M49AreasTest {

    private final IriMinter iris = IriMinter.defaultBase();

    @Test
    void givesACountryItsCodeAsTypedNotationAndItsSdgGeographicArea() throws IOException {
        Model model = read("m49-sample.csv");
        Resource kenya = country(model, "ken");
        assertAll(
                () -> assertEquals("404", kenya.getProperty(EVAW.m49).getString()),
                () -> assertEquals(Set.of(model.createTypedLiteral("404", EVAW.M49Code.getURI())),
                        kenya.listProperties(SKOS.notation).mapWith(s -> (RDFNode) s.getObject()).toSet()),
                () -> assertEquals(Set.of("http://metadata.un.org/sdg/codes/geoArea/404", "http://www.wikidata.org/entity/Q114"),
                        uris(kenya, SKOS.exactMatch)),
                () -> assertEquals("068", country(model, "bol").getProperty(EVAW.m49).getString(), "leading zeros kept"));
    }

    @Test
    void linksACountryToItsIntermediateRegionWhereM49NamesOne() throws IOException {
        Model model = read("m49-sample.csv");
        assertAll(
                () -> assertEquals(iris.entity("region", "Western Africa"),
                        country(model, "sen").getPropertyResourceValue(EVAW.intermediateRegion).getURI()),
                () -> assertEquals(iris.entity("region", "South America"),
                        country(model, "bol").getPropertyResourceValue(EVAW.intermediateRegion).getURI()),
                () -> assertFalse(country(model, "egy").hasProperty(EVAW.intermediateRegion), "Northern Africa has none"));
    }

    @ParameterizedTest(name = "{0} ({1}) is in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Western Africa                  | 011 | Sub-Saharan Africa
            Eastern Africa                  | 014 | Sub-Saharan Africa
            Sub-Saharan Africa              | 202 | Africa
            Northern Africa                 | 015 | Africa
            Africa                          | 002 | World
            South America                   | 005 | Latin America and the Caribbean
            Latin America and the Caribbean | 419 | Americas
            Americas                        | 019 | World
            """)
    void givesEachRegionItsCodeAndTheRegionItBelongsTo(String name, String code, String broader) throws IOException {
        Model model = read("m49-sample.csv");
        Resource region = model.createResource(iris.entity("region", name));
        assertAll(
                () -> assertTrue(model.contains(region, RDF.type, EVAW.Region)),
                () -> assertEquals(name, region.getProperty(SKOS.prefLabel, "en").getString()),
                () -> assertEquals(code, region.getProperty(EVAW.m49).getString()),
                () -> assertTrue(model.contains(region, SKOS.notation, model.createTypedLiteral(code, EVAW.M49Code.getURI()))),
                () -> assertEquals(Set.of(M49Areas.SDG_GEO_AREA + code), uris(region, SKOS.exactMatch)),
                () -> assertEquals(Set.of(iris.entity("region", broader)), uris(region, SKOS.broader)));
    }

    @Test
    void theWorldIsTheTopOfTheHierarchy() throws IOException {
        Model model = read("m49-sample.csv");
        Resource world = model.createResource(iris.entity("region", "World"));
        assertAll(
                () -> assertEquals("001", world.getProperty(EVAW.m49).getString()),
                () -> assertFalse(world.hasProperty(SKOS.broader)),
                () -> assertEquals(1, model.listSubjectsWithProperty(RDF.type, EVAW.Region).toList().stream()
                        .filter(r -> !r.hasProperty(SKOS.broader)).count(), "one region without a broader one"));
    }

    @Test
    void addsNothingForARowCountryTableLeftOut() throws IOException {
        Model model = read("m49-sample.csv");
        Resource antarctica = model.createResource(iris.entity("country", "ata"));
        assertFalse(model.contains(antarctica, null, (RDFNode) null), "Antarctica has no name in the table, so no country");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            m49-broken-two-codes.csv   | 'Western Africa' (014, in 'Sub-Saharan Africa') contradicts an earlier line, which gives 'Western Africa' (011
            m49-broken-two-parents.csv | 'Eastern Africa' (014, in 'Northern Africa') contradicts an earlier line
            m49-broken-code.csv        | the M49 code of KEN is "4O4", not a number of one to three digits
            """)
    void refusesATableThatContradictsItselfAndAddsNothing(String fixture, String expected) throws IOException {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = resource(fixture)) {
            CountryTable.addTo(model, iris, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        long before = model.size();
        IOException e = assertThrows(IOException.class, () -> {
            try (InputStream in = resource(fixture)) {
                M49Areas.addTo(model, iris, new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        });
        assertAll(
                () -> assertTrue(e.getMessage().contains(expected), e.getMessage()),
                () -> assertEquals(before, model.size(), "nothing added"));
    }

    private Model read(String fixture) throws IOException {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = resource(fixture)) {
            CountryTable.addTo(model, iris, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        try (InputStream in = resource(fixture)) {
            M49Areas.addTo(model, iris, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return model;
    }

    private static InputStream resource(String name) {
        InputStream in = M49AreasTest.class.getResourceAsStream(name);
        if (in == null)
            throw new IllegalStateException("missing test fixture " + name);
        return in;
    }

    private Resource country(Model model, String iso3) {
        Resource c = model.createResource(iris.entity("country", iso3));
        assertTrue(model.contains(c, RDF.type, EVAW.Country), c + " is not a country");
        return c;
    }

    private static Set<String> uris(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.listProperties(p).toList().stream().map(s -> s.getResource().getURI()).collect(Collectors.toSet());
    }
}
