package org.evaw.server.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.query.Query;
import org.evaw.ontology.iri.UriSpace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a facet finds the query of its counts in the summary graph (ActivitiesIT runs them on a store). */
class FacetTest {
    private static final List<Facet> FACETS = Facet.all(UriSpace.defaultBase());

    private static Facet facet(String key) {
        return FACETS.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    /** The shared query with ?property bound to the facet's own property, or the facet's own file. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "agency    | <https://w3id.org/evaw-kg/ontology#leadAgency>",
        "country   | <https://w3id.org/evaw-kg/ontology#country>",
        "period    | <https://w3id.org/evaw-kg/ontology#reportingPeriod>",
        "programme | <https://w3id.org/evaw-kg/ontology#programme>",
        "partner   | <https://w3id.org/evaw-kg/ontology#partner>",
        "form      | <https://w3id.org/evaw-kg/ontology#formOfViolence>",
        "region    | <https://w3id.org/evaw-kg/ontology#regionActivityCount>",
    })
    void eachFacetReadsItsOwnPropertysCounts(String key, String property) {
        Query kept = facet(key).kept();
        assertNotNull(kept, key + " has kept counts");
        assertEquals(List.of("value", "count"), kept.getResultVars());
        String pattern = kept.getQueryPattern().toString();
        assertTrue(pattern.contains(property), key + ": " + pattern);
        assertTrue(!pattern.contains("?property"), key + " leaves no variable property: " + pattern);
    }
}
