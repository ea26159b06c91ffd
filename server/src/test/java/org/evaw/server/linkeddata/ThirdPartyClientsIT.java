package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Clients that are not ours, against the running server: Python's rdflib (Debian's
 * python3-rdflib) dereferences an entity IRI, and Comunica (from the npm registry, pinned by
 * {@code src/test/js/package-lock.json}) queries the SPARQL endpoint.
 */
class ThirdPartyClientsIT {
    private static final LiveServer SERVER = LiveServer.get();

    private static final String RDFLIB = """
            import sys, rdflib
            url, iri = sys.argv[1], rdflib.URIRef(sys.argv[2])
            turtle = rdflib.Graph()
            turtle.parse(url, format="turtle")
            guessed = rdflib.Graph()
            guessed.parse(url)
            label = turtle.value(iri, rdflib.URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))
            print(len(turtle), len(guessed), (iri, None, None) in turtle, label)
            """;

    @Test
    void rdflibDereferencesAnAgencyIri() {
        TestTools.require(TestTools.PYTHON, "Python 3");
        TestTools.Run check = TestTools.run(List.of(TestTools.PYTHON.toString(), "-c", "import rdflib"), 60);
        assertEquals(0, check.exit(), "Python rdflib is missing (" + check.err().strip() + "): " + TestTools.INSTALL);

        TestTools.Run run = TestTools.run(List.of(TestTools.PYTHON.toString(), "-c", RDFLIB,
                SERVER.url("/id/agency/unodc"), LiveServer.BASE + "id/agency/unodc"), 120);
        assertEquals(0, run.exit(), run.err());
        String[] out = run.out().strip().split(" ", 4);
        int triples = Integer.parseInt(out[0]);
        assertTrue(triples > 50, "rdflib read " + triples + " triples");
        assertEquals(triples, Integer.parseInt(out[1]), "rdflib's own Accept header leads to the same graph");
        assertEquals("True", out[2], "the graph describes the IRI dereferenced");
        assertEquals("United Nations Office on Drugs and Crime", out[3]);
    }

    @Test
    void comunicaQueriesTheSparqlEndpoint() {
        TestTools.require(TestTools.COMUNICA, "Comunica (comunica-sparql)");
        TestTools.Run run = TestTools.run(List.of(TestTools.COMUNICA.toString(), "sparql@" + SERVER.url("/evaw/sparql"), """
                PREFIX evaw: <https://w3id.org/evaw-kg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?agency ?label WHERE { ?agency a evaw:Agency ; evaw:acronym "UNODC" ; skos:prefLabel ?label }""",
                "-t", "application/sparql-results+json"), 180);
        assertEquals(0, run.exit(), run.err());
        JsonObject results = Json.createReader(new StringReader(run.out())).readObject();
        JsonArray bindings = results.getJsonObject("results").getJsonArray("bindings");
        assertEquals(1, bindings.size(), run.out());
        assertEquals(LiveServer.BASE + "id/agency/unodc", bindings.getJsonObject(0).getJsonObject("agency").getString("value"));
        assertEquals("United Nations Office on Drugs and Crime", bindings.getJsonObject(0).getJsonObject("label").getString("value"));
    }
}
