package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.reference.ReferenceData;
import org.evaw.ontology.EVAW;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Keeps {@link ResolutionSeries} in step with the intergovernmental bodies of the reference data. */
class ResolutionSeriesTest {

    private static final Model REF = ReferenceData.load(IriMinter.defaultBase());

    @ParameterizedTest
    @EnumSource(ResolutionSeries.class)
    void namesABodyOfTheReferenceData(ResolutionSeries series) {
        Resource body = REF.createResource(IriMinter.defaultBase().entity("body", series.bodyKey));
        assertAll(
                () -> assertTrue(REF.containsResource(body), body + " is not in the reference data"),
                () -> assertTrue(REF.contains(body, RDF.type, EVAW.IntergovernmentalBody),
                        body + " is not an evaw:IntergovernmentalBody"));
    }

    @ParameterizedTest
    @EnumSource(ResolutionSeries.class)
    void findsItselfByItsSymbolPrefixInAnyCase(ResolutionSeries series) {
        assertAll(
                () -> assertEquals(Optional.of(series), ResolutionSeries.ofSymbolPrefix(series.symbolPrefix)),
                () -> assertEquals(Optional.of(series), ResolutionSeries.ofSymbolPrefix(series.symbolPrefix.toLowerCase())));
    }

    @Test
    void numbersSecurityCouncilResolutionsWithoutASession() {
        assertAll(
                () -> assertEquals(Optional.of("S/RES/1325"), ResolutionSeries.SECURITY_COUNCIL.symbol("1325")),
                () -> assertEquals(Optional.empty(), ResolutionSeries.SECURITY_COUNCIL.symbol("65/228")),
                () -> assertEquals(Optional.of("A/RES/65/228"), ResolutionSeries.GENERAL_ASSEMBLY.symbol("65/228")),
                () -> assertEquals(Optional.empty(), ResolutionSeries.GENERAL_ASSEMBLY.symbol("1325")));
    }

    @Test
    void findsTheSeriesByTheBodyNamesPagesWrite() {
        assertAll(
                () -> assertEquals(Optional.of(ResolutionSeries.GENERAL_ASSEMBLY), ResolutionSeries.ofBodyName("General Assembly")),
                () -> assertEquals(Optional.of(ResolutionSeries.SECURITY_COUNCIL), ResolutionSeries.ofBodyName("security council")),
                () -> assertEquals(Optional.of(ResolutionSeries.ECOSOC), ResolutionSeries.ofBodyName("Economic and Social Council")),
                () -> assertEquals(Optional.of(ResolutionSeries.CCPCJ),
                        ResolutionSeries.ofBodyName("Commission on Crime Prevention and Criminal Justice")),
                () -> assertEquals(Optional.of(ResolutionSeries.WORLD_HEALTH_ASSEMBLY), ResolutionSeries.ofBodyName("World Health Assembly")),
                () -> assertEquals(Optional.of("WHA67.15"), ResolutionSeries.WORLD_HEALTH_ASSEMBLY.symbol("67.15")),
                () -> assertEquals(Optional.empty(), ResolutionSeries.WORLD_HEALTH_ASSEMBLY.symbol("65/228")),
                () -> assertEquals(Optional.empty(), ResolutionSeries.ofBodyName("Executive Board")));
    }
}
