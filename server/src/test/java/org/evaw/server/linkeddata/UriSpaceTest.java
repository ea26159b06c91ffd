package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request paths to IRIs and back: only the shapes the minter makes are read, relative to the base. */
class UriSpaceTest {
    private final UriSpace uris = new UriSpace("https://data.example.org/evaw/");

    @Test
    void readsAResourcePathAsAnIriUnderTheBase() {
        UriSpace.Key key = uris.resourcePath("/id/agency/unodc").orElseThrow();
        assertEquals("https://data.example.org/evaw/id/agency/unodc", uris.iri(key).orElseThrow().getURI());
        assertEquals("/page/agency/unodc.ttl", uris.documentPath(key, Representation.TURTLE));
        assertEquals("/page/agency/unodc", uris.documentPath(key, null));
    }

    @Test
    void readsGraphPathsAndTheirDocuments() {
        UriSpace.Key key = uris.resourcePath("/graph/000-0f13b727ca13757f").orElseThrow();
        assertTrue(key.isGraph());
        assertEquals("https://data.example.org/evaw/graph/000-0f13b727ca13757f", uris.iri(key).orElseThrow().getURI());
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
}
