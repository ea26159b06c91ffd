package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.OntologyFiles;
import org.junit.jupiter.api.Test;

/** The ontology IRI's documentation: a page for people naming every term, and the Turtle for machines. */
class OntologyDocsIT {
    private static final LiveServer SERVER = LiveServer.get();

    @Test
    void documentsEveryClassAndPropertyWithItsOwnLabelAndComment() {
        HttpResponse<byte[]> r = LiveServer.get(SERVER.url("/ontology"), "Accept", "text/html");
        assertEquals(200, r.statusCode());
        String html = text(new String(r.body(), StandardCharsets.UTF_8));
        Model ontology = OntologyFiles.ontology();
        int terms = 0;
        for (Resource type : new Resource[] {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}) {
            for (Resource term : ontology.listSubjectsWithProperty(RDF.type, type).toList()) {
                if (!term.isURIResource() || !term.getURI().startsWith(EVAW.NS))
                    continue;
                terms++;
                assertTrue(html.contains("id=\"" + term.getLocalName() + "\""), "anchor for " + term);
                assertTrue(html.contains(term.getProperty(RDFS.label).getString()), "label of " + term);
                assertTrue(html.contains(term.getProperty(RDFS.comment).getString()), "comment of " + term);
            }
        }
        assertTrue(terms >= 40, "terms documented: " + terms);
        assertTrue(html.contains("href=\"/ontology.ttl\""), "links to the Turtle");
    }

    /** The page's text with the character references the template escaper writes turned back into characters. */
    private static String text(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x3D;", "=").replace("&#x60;", "`")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    @Test
    void servesTheOntologyItselfAsTurtleByNegotiationAndBySuffix() {
        Graph expected = OntologyFiles.ontology().getGraph();
        for (HttpResponse<byte[]> r : new HttpResponse[] {LiveServer.get(SERVER.url("/ontology.ttl")),
                LiveServer.get(SERVER.url("/ontology"), "Accept", "text/turtle")}) {
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
            Graph served = RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).toGraph();
            assertTrue(served.isIsomorphicWith(expected), "the served ontology is the ontology");
        }
    }

    @Test
    void entityPagesLinkOntologyTermsToTheirDocumentation() {
        String html = new String(LiveServer.get(SERVER.url("/page/agency/unodc.html")).body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("href=\"/ontology#Agency\""), "the type links to its documentation");
        assertTrue(html.contains("href=\"/ontology#mandatedBy\""), "a property links to its documentation");
    }
}
