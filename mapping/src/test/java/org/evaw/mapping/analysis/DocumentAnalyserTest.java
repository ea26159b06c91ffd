package org.evaw.mapping.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JsonObject;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.extract.ExtractReport;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.mapping.recognise.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a page says, read from a page written for the test: addresses, name variants, places, counts. */
class DocumentAnalyserTest {
    private static final Path PAGE = Path.of("src/test/resources/org/evaw/mapping/analysis/address-and-variants.txt");
    private static Mapper mapper;
    private static DocumentAnalysis analysis;

    @BeforeAll
    static void analyse() throws Exception {
        mapper = new Mapper(IriMinter.defaultBase());
        analysis = mapper.analyser().analyse(PageDecoder.read(PAGE));
    }

    private static Set<String> countries() {
        JsonObject json = ExtractReport.of(analysis, mapper.recognisers(), false);
        return json.get("countries").getAsArray().stream()
                .map(v -> v.getAsObject().get("iso3").getAsString().value()).collect(Collectors.toSet());
    }

    @Test
    void countriesNamedOnlyInPostalAddressesAreNotFacts() {
        assertTrue(!countries().contains("USA"), "the header address names the United States");
        assertTrue(!countries().contains("CHE"), "the mail address names Switzerland");
    }

    @Test
    void twoSpellingsOfOneCountryGiveOneIri() {
        Activity first = analysis.activities().get(0);
        assertEquals(List.of("http://localhost:3030/id/country/vnm"), first.countries().stream().map(Entity::iri).toList());
        assertEquals(1, countries().stream().filter("VNM"::equals).count());
    }

    @Test
    void placesResolveToTheirCountryAndStayPlaces() {
        Activity second = analysis.activities().get(1);
        assertEquals(Set.of("http://localhost:3030/id/place/bishkek", "http://localhost:3030/id/place/osh"),
                second.places().stream().map(Entity::iri).collect(Collectors.toSet()));
        assertTrue(countries().contains("KGZ"));
    }

    @Test
    void theTitleNamesThePageAgencyAndLeadsUndatedActivities() {
        assertEquals("UNFPA", analysis.agency().code());
        assertTrue(analysis.activities().stream().allMatch(a -> "UNFPA".equals(a.leadAgency().code())));
        assertEquals(List.of("UN Women"), analysis.activities().get(1).partners().stream().map(Entity::code).toList());
    }

    @Test
    void countsPeopleTrainedByRoleButNotOtherNumbers() {
        assertEquals(List.of("health workers"), analysis.activities().get(1).trained().stream().map(TrainingCount::role).toList());
        assertEquals(120, analysis.activities().get(1).trained().get(0).count());
        assertTrue(analysis.activities().get(2).trained().isEmpty(), "30 schools are not people trained");
    }

    @Test
    void aMinistryNameMayHoldAListClosedByAnd() {
        assertTrue(analysis.activities().get(0).partners().stream().map(Entity::label)
                .anyMatch("Ministry of Labour, Invalids and Social Affairs"::equals), analysis.activities().get(0).partners().toString());
    }
}
