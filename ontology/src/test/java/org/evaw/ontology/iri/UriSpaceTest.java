package org.evaw.ontology.iri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** IRIs under the base and the server's paths, one for the other: only the shapes the minter makes are read. */
class UriSpaceTest {
    private final UriSpace uris = new UriSpace("https://data.example.org/evaw/");

    @Test
    void readsAResourcePathAsAnIriUnderTheBase() {
        UriSpace.Key key = uris.resourcePath("/id/agency/unodc").orElseThrow();
        assertEquals("https://data.example.org/evaw/id/agency/unodc", uris.iri(key).orElseThrow());
        assertEquals("/page/agency/unodc.ttl", uris.documentPath(key, "ttl"));
        assertEquals("/page/agency/unodc", uris.documentPath(key, null));
        assertEquals("https://data.example.org/evaw/page/agency/unodc", uris.documentIri(key));
    }

    @Test
    void readsGraphPathsAndTheirDocuments() {
        UriSpace.Key key = uris.resourcePath("/graph/000-0f13b727ca13757f").orElseThrow();
        assertTrue(key.isGraph());
        assertEquals("https://data.example.org/evaw/graph/000-0f13b727ca13757f", uris.iri(key).orElseThrow());
        UriSpace.DocumentRequest doc = uris.documentPath("/page/graph/000-0f13b727ca13757f.nt").orElseThrow();
        assertEquals(key, doc.key());
        assertEquals(Optional.of("nt"), doc.suffix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/agency/x%3E%20%7D%20", "/id/agency/UNODC", "/id/agency/-x", "/id/agency/a--b",
            "/id/agency/", "/id/agency", "/id/agency/x/y", "/id/agency/x>", "/id/agency/x y", "/id/agency/x#frag",
            "/id/../agency/x", "/id/agency/%75nodc", "/graph/", "/graph/a/b"})
    void refusesPathsTheMinterNeverMakes(String path) {
        assertEquals(Optional.empty(), uris.resourcePath(path), path);
    }

    @Test
    void linksIrisUnderTheBaseByTheirPathHere() {
        assertEquals(Optional.of("/id/passage/p-1-2#position"), uris.localPath("https://data.example.org/evaw/id/passage/p-1-2#position"));
        assertEquals(Optional.empty(), uris.localPath("https://elsewhere.example/id/agency/unodc"));
    }

    @Test
    void answersForTheConceptsOfTheSchemesWhateverTheBase() {
        String fgm = "https://w3id.org/evaw-kg/concept/violence/female-genital-mutilation";
        UriSpace.Key key = uris.key(fgm).orElseThrow();
        assertTrue(key.isConcept());
        assertEquals(Optional.of("/concept/violence/female-genital-mutilation"), uris.localPath(fgm));
        assertEquals(Optional.of(fgm), uris.iri(key));
        assertEquals("/page/concept/violence/female-genital-mutilation.ttl", uris.documentPath(key, "ttl"));
        assertEquals("https://data.example.org/evaw/page/concept/violence/female-genital-mutilation", uris.documentIri(key));
        UriSpace.DocumentRequest doc = uris.documentPath("/page/concept/violence/female-genital-mutilation.ttl").orElseThrow();
        assertEquals(key, doc.key());
        assertEquals(Optional.of("ttl"), doc.suffix());
        assertEquals(key, uris.documentPath(uris.documentPath(key, null)).orElseThrow().key());
        // The scheme itself.
        UriSpace.Key scheme = uris.resourcePath("/concept/intervention").orElseThrow();
        assertTrue(scheme.isConcept());
        assertEquals(Optional.of("https://w3id.org/evaw-kg/concept/intervention"), uris.iri(scheme));
        assertEquals(scheme, uris.documentPath(uris.documentPath(scheme, "jsonld")).orElseThrow().key());
        assertEquals(Optional.empty(), uris.resourcePath("/id/concept/violence"), "a concept has one name");
        for (String bad : new String[] {"/concept/", "/concept/violence/FGM", "/concept/violence/a/b", "/concept/violence/x#y"})
            assertEquals(Optional.empty(), uris.resourcePath(bad), bad);
        assertEquals(Optional.empty(), uris.localPath("https://w3id.org/evaw-kg/ontology#Agency"), "the ontology is documented at /ontology");
    }

    @Test
    void namesTheGraphsNotDrawnFromAPage() {
        assertEquals("https://data.example.org/evaw/graph/reference", uris.graph(UriSpace.REFERENCE_GRAPH));
        assertEquals("https://data.example.org/evaw/graph/ontology", uris.graph(UriSpace.ONTOLOGY_GRAPH));
        assertEquals("https://data.example.org/evaw/graph/summary", uris.graph(UriSpace.SUMMARY_GRAPH));
        assertTrue(uris.graph(UriSpace.SUMMARY_GRAPH).endsWith(UriSpace.graphPath(UriSpace.SUMMARY_GRAPH)));
        assertEquals("https://data.example.org/evaw/id/", uris.entityPrefix());
    }

    @Test
    void everyEntityTypeIsASlugAndRoundTrips() {
        for (String type : UriSpace.ENTITY_TYPES) {
            assertTrue(type.matches(UriSpace.SLUG), type);
            String iri = uris.entity(type, "x-1");
            assertEquals(Optional.of(new UriSpace.Key(type, "x-1")), uris.key(iri), iri);
            UriSpace.Key key = uris.key(iri).orElseThrow();
            assertEquals(Optional.of(iri), uris.iri(key));
            assertEquals(key, uris.documentPath(uris.documentPath(key, "jsonld")).orElseThrow().key());
        }
        assertTrue(!UriSpace.ENTITY_TYPES.contains(UriSpace.GRAPH_TYPE));
    }

    @ParameterizedTest(name = "refuses base \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"http://localhost:3030", "id/", "javascript:alert(1)/", "file:///etc/", "http://example.org/?graph=/",
            "http://example.org/#/", "http://local host/"})
    void refusesABaseThatIsNotAnAbsoluteHttpIriEndingInSlash(String base) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new UriSpace(base));
        assertTrue(e.getMessage().contains(String.valueOf(base)), e.getMessage());
    }

    @Test
    void defaultBaseIsTheLocalServer() {
        assertEquals("http://localhost:3030/", UriSpace.defaultBase().base());
    }
}
