package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Content negotiation as linked-data clients and browsers send {@code Accept}. */
class RepresentationTest {
    private static Optional<Representation> page(String accept) {
        return Representation.negotiate(accept, Representation.PAGE);
    }

    @Test
    void browsersGetHtmlAndRdfClientsGetTheirFormat() {
        assertEquals(Optional.of(Representation.HTML), page("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertEquals(Optional.of(Representation.HTML), page(null));
        assertEquals(Optional.of(Representation.HTML), page("*/*"));
        assertEquals(Optional.of(Representation.TURTLE), page("text/turtle"));
        assertEquals(Optional.of(Representation.TURTLE), page("application/turtle"));
        assertEquals(Optional.of(Representation.NTRIPLES), page("application/n-triples"));
        assertEquals(Optional.of(Representation.RDFXML), page("application/rdf+xml"));
        assertEquals(Optional.of(Representation.JSONLD), page("application/ld+json"));
        assertEquals(Optional.of(Representation.JSONLD), page("application/json"));
    }

    @Test
    void qualityValuesDecide() {
        assertEquals(Optional.of(Representation.JSONLD), page("text/turtle;q=0.5, application/ld+json"));
        assertEquals(Optional.of(Representation.RDFXML), page("application/rdf+xml, text/turtle;q=0.9, text/html;q=0.1"));
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertEquals(Optional.empty(), page("image/png"));
        assertEquals(Optional.empty(), page("application/pdf, text/csv;q=0.5"));
    }

    @Test
    void machineFirstDocumentsGiveTurtleToAnyClient() {
        assertEquals(Optional.of(Representation.TURTLE), Representation.negotiate("*/*", Representation.MACHINE_FIRST));
        assertEquals(Optional.of(Representation.HTML), Representation.negotiate("text/html,*/*;q=0.8", Representation.MACHINE_FIRST));
    }
}
