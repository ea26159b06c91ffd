package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each RDF representation of a document parses with Jena and with RDF4J Rio, the two agree on the
 * number of triples, and every representation of a document holds the same graph.
 */
class RepresentationsIT {
    private static final LiveServer SERVER = LiveServer.get();

    @ParameterizedTest
    @ValueSource(strings = {"/page/agency/unodc", "/page/activity/001-62342d8e6123a918-12", "/page/period/2013-03-2014-02",
            "/page/graph/reference", "/ontology", "/.well-known/void", "/service-description", "/page/agency/script-test"})
    void everyFormatParsesWithJenaAndRdf4jToTheSameGraph(String document) {
        Graph turtle = jena(document, "ttl", Lang.TURTLE);
        for (String suffix : new String[] {"nt", "rdf", "jsonld"}) {
            Lang lang = switch (suffix) { case "nt" -> Lang.NTRIPLES; case "rdf" -> Lang.RDFXML; default -> Lang.JSONLD; };
            RDFFormat format = switch (suffix) { case "nt" -> RDFFormat.NTRIPLES; case "rdf" -> RDFFormat.RDFXML; default -> RDFFormat.JSONLD; };
            Graph viaJena = jena(document, suffix, lang);
            Model viaRdf4j = rdf4j(document, suffix, format);
            assertEquals(viaJena.size(), viaRdf4j.size(), document + "." + suffix + ": Jena and RDF4J disagree");
            assertTrue(viaJena.isIsomorphicWith(turtle), document + "." + suffix + " is not the graph the Turtle holds");
        }
        assertTrue(turtle.size() > 0, document);
    }

    @org.junit.jupiter.api.Test
    void jsonLdRefersToThePublishedContext() {
        String json = new String(LiveServer.get(SERVER.url("/page/agency/unodc.jsonld")).body(), StandardCharsets.UTF_8);
        assertTrue(json.replaceAll("\\s", "").startsWith("{\"@context\":\"" + SERVER.url("/context.jsonld") + "\""), json.substring(0, 200));
        HttpResponse<byte[]> context = LiveServer.get(SERVER.url("/context.jsonld"));
        assertEquals(200, context.statusCode());
        assertTrue(context.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Graph g = jena("/page/agency/unodc", "jsonld", Lang.JSONLD);
        assertTrue(g.contains(NodeFactory.createURI(LiveServer.BASE + "id/agency/unodc"), org.apache.jena.vocabulary.SKOS.prefLabel.asNode(),
                NodeFactory.createLiteralLang("United Nations Office on Drugs and Crime", "en")), "compact names expand back to the ontology's IRIs");
    }

    private static byte[] body(String document, String suffix) {
        HttpResponse<byte[]> r = LiveServer.get(SERVER.url(document + "." + suffix));
        assertEquals(200, r.statusCode(), document + "." + suffix);
        return r.body();
    }

    private static Graph jena(String document, String suffix, Lang lang) {
        // Jena fetches the JSON-LD context from the URL the document names, on this server.
        return RDFParser.source(new ByteArrayInputStream(body(document, suffix))).lang(lang).toGraph();
    }

    private static Model rdf4j(String document, String suffix, RDFFormat format) {
        ParserConfig config = new ParserConfig();
        // RDF4J loads remote JSON-LD contexts only from URLs it is told to trust.
        config.set(JSONLDSettings.WHITELIST, Set.of(SERVER.url("/context.jsonld")));
        try {
            return Rio.parse(new ByteArrayInputStream(body(document, suffix)), "", format, config,
                    org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance(), new org.eclipse.rdf4j.rio.helpers.ParseErrorLogger());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
