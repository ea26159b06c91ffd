package org.evaw.mapping.iri;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.irix.IRIx;
import org.evaw.ontology.iri.UriSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which bases {@link IriMinter} accepts and the IRIs it mints under them. */
class IriMinterTest {

    @ParameterizedTest(name = "refuses base \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {
            "http://localhost:3030",
            "http://localhost:3030/evaw",
            "id/",
            "/evaw/",
            "localhost:3030/",
            "http://local host/",
            "http://localhost:3030/my data/",
            " http://localhost:3030/",
            "javascript:alert(1)/",
            "file:///etc/",
            "ftp://example.org/",
            "urn:evaw:/",
            "http://example.org/?graph=/",
            "http://example.org/#/"})
    void refusesABaseThatIsNotAnAbsoluteHttpIriEndingInSlash(String base) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IriMinter(base));
        assertTrue(e.getMessage().contains(String.valueOf(base)), e.getMessage());
    }

    @ParameterizedTest(name = "accepts base \"{0}\"")
    @ValueSource(strings = {"http://localhost:3030/", "https://example.org/evaw-kg/", "http://127.0.0.1:8080/kg/"})
    void acceptsAnAbsoluteHttpBaseEndingInSlash(String base) {
        assertEquals(base, new IriMinter(base).base());
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            agency     | UNODC                  | http://localhost:3030/id/agency/unodc
            agency     | UN-Women               | http://localhost:3030/id/agency/un-women
            country    | VNM                    | http://localhost:3030/id/country/vnm
            resolution | A/RES/65/228           | http://localhost:3030/id/resolution/a-res-65-228
            resolution | E/CN.15/RES/18/1       | http://localhost:3030/id/resolution/e-cn-15-res-18-1
            body       | general-assembly       | http://localhost:3030/id/body/general-assembly
            place      | Medellín               | http://localhost:3030/id/place/medellin
            partner    | Attorney-General’s Office | http://localhost:3030/id/partner/attorney-generals-office
            """)
    void mintsEntityIrisFromSluggedKeys(String type, String key, String iri) {
        assertEquals(iri, IriMinter.defaultBase().entity(type, key));
    }

    @Test
    void mintsGraphIrisUnderTheBase() {
        IriMinter iris = new IriMinter("https://example.org/kg/");
        assertAll(
                () -> assertEquals("https://example.org/kg/graph/000-0f13b727ca13757f", iris.documentGraph("000_0f13b727ca13757f")),
                () -> assertEquals("https://example.org/kg/graph/reference", iris.graph("reference")),
                () -> assertEquals("https://example.org/kg/id/country/vnm", iris.entity("country", "VNM")));
    }

    @Test
    void mintsValidIrisEvenFromHostileKeys() {
        IriMinter iris = IriMinter.defaultBase();
        for (String key : new String[] {"x> } DROP ALL", "<script>", "\u202Eevil", "\uD83D\uDE00", "a b#c?d", ""}) {
            String iri = iris.entity("partner", key);
            IRIx parsed = IRIx.create(iri);
            assertAll(key,
                    () -> assertTrue(parsed.isAbsolute(), iri),
                    () -> assertTrue(!parsed.hasViolations(), iri),
                    () -> assertTrue(iri.matches("http://localhost:3030/id/partner/[a-z0-9]+(-[a-z0-9]+)*"), iri));
        }
    }

    /** Every type the mapping mints, from keys of every kind, reads back as its type and slug, and so dereferences. */
    @Test
    void mintedIrisOfEveryTypeParseBackToTheirTypeAndSlug() {
        IriMinter iris = new IriMinter("https://example.org/kg/");
        UriSpace space = iris.space();
        for (String type : UriSpace.ENTITY_TYPES) {
            for (String key : new String[] {"UNODC", "A/RES/65/228", "000_0f13b727ca13757f-12-40", "Medellín", "x> } DROP ALL", ""}) {
                String iri = iris.entity(type, key);
                UriSpace.Key parsed = space.key(iri).orElseThrow(() -> new AssertionError(iri + " does not parse back"));
                assertAll(iri,
                        () -> assertEquals(new UriSpace.Key(type, Slugs.slug(key)), parsed),
                        () -> assertEquals(iri, space.iri(parsed).orElseThrow()),
                        () -> assertEquals(parsed, space.resourcePath(space.localPath(iri).orElseThrow()).orElseThrow()),
                        () -> assertEquals(parsed, space.documentPath(space.documentPath(parsed, "ttl")).orElseThrow().key()));
            }
        }
        for (String graph : new String[] {UriSpace.REFERENCE_GRAPH, UriSpace.ONTOLOGY_GRAPH, UriSpace.SUMMARY_GRAPH, "000_0f13b727ca13757f"}) {
            String iri = graph.startsWith("000") ? iris.documentGraph(graph) : iris.graph(graph);
            UriSpace.Key parsed = space.key(iri).orElseThrow(() -> new AssertionError(iri + " does not parse back"));
            assertTrue(parsed.isGraph(), iri);
            assertEquals(iri, space.iri(parsed).orElseThrow());
        }
    }

    @Test
    void defaultBaseIsTheLocalServer() {
        assertEquals("http://localhost:3030/", IriMinter.defaultBase().base());
        assertEquals(IriMinter.DEFAULT_BASE, IriMinter.defaultBase().base());
    }
}
