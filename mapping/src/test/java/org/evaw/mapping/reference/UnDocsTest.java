package org.evaw.mapping.reference;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.evaw.ontology.EVAW;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@link UnDocs} turns a document symbol into the UN's permalink of the document. */
class UnDocsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A/RES/65/228        | https://undocs.org/A/RES/65/228
            S/RES/1325 (2000)   | https://undocs.org/S/RES/1325(2000)
            A/RES/302(IV)       | https://undocs.org/A/RES/302(IV)
            E/CN.15/RES/18/1    | https://undocs.org/E/CN.15/RES/18/1
            A/RES/S-23/3        | https://undocs.org/A/RES/S-23/3
            """)
    void writesTheSymbolWithoutSpacesAfterUndocs(String symbol, String expected) {
        assertEquals(Optional.of(expected), UnDocs.permalink(symbol));
    }

    @Test
    void givesNoPermalinkToAWorldHealthAssemblyResolutionOrToSomethingNotASymbol() {
        assertAll(
                () -> assertEquals(Optional.empty(), UnDocs.permalink("WHA67.15")),
                () -> assertEquals(Optional.empty(), UnDocs.permalink("A/RES/65/228<script>")),
                () -> assertEquals(Optional.empty(), UnDocs.permalink(" ")));
    }

    @Test
    void givesAResolutionOfTheReferenceDataItsIdentifierAndPermalink() {
        Model model = ModelFactory.createDefaultModel();
        Resource resolution = model.createResource("http://example.org/id/resolution/a-res-65-228")
                .addProperty(RDF.type, EVAW.Resolution).addProperty(EVAW.symbol, "A/RES/65/228");
        Resource wha = model.createResource("http://example.org/id/resolution/wha67-15")
                .addProperty(RDF.type, EVAW.Resolution).addProperty(EVAW.symbol, "WHA67.15");
        UnDocs.addToResolutions(model);
        assertAll(
                () -> assertEquals("A/RES/65/228", resolution.getProperty(DCTerms.identifier).getString()),
                () -> assertEquals("https://undocs.org/A/RES/65/228", resolution.getPropertyResourceValue(RDFS.seeAlso).getURI()),
                () -> assertEquals("WHA67.15", wha.getProperty(DCTerms.identifier).getString()),
                () -> assertTrue(!wha.hasProperty(RDFS.seeAlso)),
                () -> assertEquals(Set.of(), Set.copyOf(model.listSubjectsWithProperty(RDF.type, EVAW.Resolution)
                        .filterDrop(r -> r.hasProperty(DCTerms.identifier)).toList())));
    }
}
