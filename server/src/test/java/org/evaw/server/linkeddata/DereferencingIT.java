package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every IRI the graph mints answers as "Cool URIs for the Semantic Web" asks: a resource by
 * {@code 303 See Other} to the document describing it, negotiated over {@code Accept}; the
 * document with the headers a linked-data client relies on; and anything else by 404 or 406,
 * never by a server error.
 */
class DereferencingIT {
    private static final LiveServer SERVER = LiveServer.get();

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @Test
    void resourceIriAnswers303ToTheDocumentOfTheAskedType() {
        Map<String, String> expected = Map.of(
                "text/turtle", "/page/agency/unodc.ttl",
                "application/n-triples", "/page/agency/unodc.nt",
                "application/rdf+xml", "/page/agency/unodc.rdf",
                "application/ld+json", "/page/agency/unodc.jsonld",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "/page/agency/unodc");
        expected.forEach((accept, location) -> {
            HttpResponse<byte[]> r = LiveServer.get(SERVER.url("/id/agency/unodc"), "Accept", accept);
            assertEquals(303, r.statusCode(), accept);
            assertTrue(header(r, "Location").endsWith(location), accept + " -> " + header(r, "Location"));
            assertEquals("Accept", header(r, "Vary"));
            assertEquals("*", header(r, "Access-Control-Allow-Origin"));
        });
    }

    @Test
    void everyIriTheGraphMintsDereferences() {
        // Every IRI under the base, as subject or object, without its fragment (which never reaches a server).
        java.util.Set<String> iris = new java.util.TreeSet<>();
        var dsg = SERVER.store;
        org.apache.jena.system.Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
            for (var n : List.of(q.getSubject(), q.getObject(), q.getGraph()))
                if (n.isURI() && n.getURI().startsWith(LiveServer.BASE))
                    iris.add(n.getURI().replaceFirst("#.*", ""));
        }));
        Map<String, String> onePerType = new java.util.TreeMap<>();
        for (String iri : iris) {
            String path = "/" + iri.substring(LiveServer.BASE.length());
            HttpResponse<byte[]> r = LiveServer.get(SERVER.url(path), "Accept", "text/turtle");
            assertEquals(303, r.statusCode(), path);
            onePerType.putIfAbsent(path.replaceFirst("/[^/]+$", ""), header(r, "Location"));
        }
        assertTrue(onePerType.size() >= 15, "kinds of IRI: " + onePerType.keySet());
        onePerType.values().forEach(document -> {
            assertEquals(200, LiveServer.get(SERVER.url(document)).statusCode(), document);
            assertEquals(200, LiveServer.get(SERVER.url(document.replaceFirst("\\.ttl$", ".html"))).statusCode(), document);
        });
    }

    @Test
    void noAcceptHeaderLeadsToTheHtmlPage() {
        HttpResponse<byte[]> r = LiveServer.get(SERVER.url("/id/country/col"));
        assertEquals(303, r.statusCode());
        assertTrue(header(r, "Location").endsWith("/page/country/col"));
    }

    @Test
    void documentCarriesTypeVaryLinksEtagAndCors() {
        HttpResponse<byte[]> r = LiveServer.get(SERVER.url("/page/agency/unodc"), "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(header(r, "Content-Type").startsWith("text/turtle"), header(r, "Content-Type"));
        assertEquals("Accept", header(r, "Vary"));
        assertEquals("/page/agency/unodc.ttl", header(r, "Content-Location"));
        assertEquals("*", header(r, "Access-Control-Allow-Origin"));
        assertTrue(header(r, "ETag").matches("\"[0-9a-f]{32}\""), header(r, "ETag"));
        List<String> links = r.headers().allValues("Link");
        for (String alternate : List.of("</page/agency/unodc.nt>; rel=\"alternate\"; type=\"application/n-triples\"",
                "</page/agency/unodc.rdf>; rel=\"alternate\"; type=\"application/rdf+xml\"",
                "</page/agency/unodc.jsonld>; rel=\"alternate\"; type=\"application/ld+json\"",
                "</page/agency/unodc.html>; rel=\"alternate\"; type=\"text/html\""))
            assertTrue(links.contains(alternate), alternate + " in " + links);
        assertTrue(links.contains("<" + LiveServer.BASE + "id/agency/unodc>; rel=\"describes\""), links.toString());
    }

    @Test
    void explicitSuffixesNeedNoAcceptAndEachHasItsType() {
        Map<String, String> types = Map.of("ttl", "text/turtle", "nt", "application/n-triples",
                "rdf", "application/rdf+xml", "jsonld", "application/ld+json", "html", "text/html");
        types.forEach((suffix, type) -> {
            HttpResponse<byte[]> r = LiveServer.get(SERVER.url("/page/agency/unodc." + suffix));
            assertEquals(200, r.statusCode(), suffix);
            assertTrue(header(r, "Content-Type").startsWith(type), suffix + ": " + header(r, "Content-Type"));
            assertTrue(header(r, "Content-Type").contains("charset=utf-8"), suffix + ": " + header(r, "Content-Type"));
        });
    }

    @Test
    void revalidationWithTheEtagAnswers304() {
        HttpResponse<byte[]> first = LiveServer.get(SERVER.url("/page/agency/unodc.ttl"));
        String etag = header(first, "ETag");
        HttpResponse<byte[]> again = LiveServer.get(SERVER.url("/page/agency/unodc.ttl"), "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, header(again, "ETag"));
        HttpResponse<byte[]> weak = LiveServer.get(SERVER.url("/page/agency/unodc.ttl"), "If-None-Match", "\"other\", W/" + etag);
        assertEquals(304, weak.statusCode());
        HttpResponse<byte[]> stale = LiveServer.get(SERVER.url("/page/agency/unodc.ttl"), "If-None-Match", "\"0123\"");
        assertEquals(200, stale.statusCode());
        HttpResponse<byte[]> malformed = LiveServer.get(SERVER.url("/page/agency/unodc.ttl"), "If-None-Match", "\"unterminated");
        assertEquals(200, malformed.statusCode(), "a malformed tag list matches nothing");
        assertArrayEquals(first.body(), malformed.body());
        HttpResponse<byte[]> otherFormat = LiveServer.get(SERVER.url("/page/agency/unodc.nt"));
        assertFalse(etag.equals(header(otherFormat, "ETag")), "each representation has its own tag");
    }

    @Test
    void unsupportedTypeAnswers406() {
        for (String path : List.of("/id/agency/unodc", "/page/agency/unodc", "/ontology", "/.well-known/void")) {
            HttpResponse<byte[]> r = LiveServer.get(SERVER.url(path), "Accept", "image/png");
            assertEquals(406, r.statusCode(), path);
            assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("text/turtle"), path);
        }
    }

    @Test
    void iriTheGraphDoesNotHoldAnswers404() {
        for (String path : List.of("/id/agency/no-such-agency", "/page/agency/no-such-agency", "/page/agency/no-such-agency.ttl",
                "/graph/no-such-graph", "/page/graph/no-such-graph", "/page/agency/unodc.exe", "/id/agency", "/id/"))
            assertEquals(404, LiveServer.get(SERVER.url(path)).statusCode(), path);
    }

    @Test
    void malformedOrHostilePathsNeverReachSparqlAndNeverFail() {
        for (String path : List.of("/id/agency/x%3E%20%7D%20", "/id/agency/x%3E%20%7D%20.ttl",
                "/id/agency/unodc%3E%20%3Fp%20%3Fo%20%7D%20UNION%20%7B%20%3Fs%20%3Fp%20%3Fo",
                "/page/agency/x%22%20.%20%3Cx%3E", "/id/agency/UNODC", "/id/agency/un%C3%B6dc", "/id/agency/a--b",
                "/id/agency/%2e%2e/%2e%2e/etc/passwd", "/page/agency/unodc/extra", "/id/agency/unodc%00",
                "/graph/x%3E", "/id/agency/" + "a".repeat(5000))) {
            int status = LiveServer.get(SERVER.url(path)).statusCode();
            assertTrue(status == 404 || status == 400, path + " answered " + status);
        }
    }

    @Test
    void hashIrisAreDescribedByTheirBaseResource() {
        HttpResponse<byte[]> r = LiveServer.get(SERVER.url("/page/activity/001-62342d8e6123a918-12.nt"));
        String nt = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(nt.contains("<" + LiveServer.BASE + "id/activity/001-62342d8e6123a918-12#trained-1> <https://schema.org/value>"), nt);
    }

    @Test
    void descriptionHoldsOwnTriplesLabelsOfLinksAndBoundedIncomingLinks() {
        String nt = new String(LiveServer.get(SERVER.url("/page/agency/unodc.nt")).body(), StandardCharsets.UTF_8);
        String unodc = "<" + LiveServer.BASE + "id/agency/unodc>";
        assertTrue(nt.contains(unodc + " <http://www.w3.org/2004/02/skos/core#prefLabel> \"United Nations Office on Drugs and Crime\"@en"));
        assertTrue(nt.contains("<" + LiveServer.BASE + "id/instrument/devaw> <http://www.w3.org/2004/02/skos/core#prefLabel>"),
                "the label of what it links to");
        assertTrue(nt.contains("<https://w3id.org/evaw-kg/ontology#leadAgency> " + unodc), "an incoming link");
        long linkingIn = nt.lines().filter(l -> l.endsWith(unodc + " .")).map(l -> l.substring(0, l.indexOf(' '))).distinct().count();
        assertTrue(linkingIn > 0 && linkingIn <= Describer.DEFAULT_PAGE_SIZE, "resources linking in: " + linkingIn);
    }

    @Test
    void graphIrisDereferenceToTheirDescription() {
        HttpResponse<byte[]> redirect = LiveServer.get(SERVER.url("/graph/000-0f13b727ca13757f"), "Accept", "text/turtle");
        assertEquals(303, redirect.statusCode());
        assertTrue(header(redirect, "Location").endsWith("/page/graph/000-0f13b727ca13757f.ttl"));
        String ttl = new String(LiveServer.follow(SERVER.url("/graph/000-0f13b727ca13757f"), "Accept", "text/turtle").body(), StandardCharsets.UTF_8);
        assertTrue(ttl.contains("void:triples"), ttl);
        assertTrue(ttl.contains("dcterms:source"), ttl);
    }

    @Test
    void corsPreflightAndWriteMethods() {
        HttpResponse<byte[]> preflight = LiveServer.send(HttpClient.Redirect.NEVER, "OPTIONS", SERVER.url("/page/agency/unodc"),
                "Origin", "https://example.org", "Access-Control-Request-Method", "GET");
        assertEquals(204, preflight.statusCode());
        assertEquals("*", header(preflight, "Access-Control-Allow-Origin"));
        assertTrue(header(preflight, "Access-Control-Allow-Methods").contains("GET"));
        HttpResponse<byte[]> cross = LiveServer.get(SERVER.url("/page/agency/unodc.jsonld"), "Origin", "https://example.org");
        assertEquals("*", header(cross, "Access-Control-Allow-Origin"));
        assertTrue(header(cross, "Access-Control-Expose-Headers").contains("Link"));
        assertEquals(405, LiveServer.send(HttpClient.Redirect.NEVER, "DELETE", SERVER.url("/page/agency/unodc")).statusCode());
        assertEquals(405, LiveServer.send(HttpClient.Redirect.NEVER, "PUT", SERVER.url("/id/agency/unodc")).statusCode());
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        HttpResponse<byte[]> head = LiveServer.send(HttpClient.Redirect.NEVER, "HEAD", SERVER.url("/page/agency/unodc.ttl"));
        HttpResponse<byte[]> get = LiveServer.get(SERVER.url("/page/agency/unodc.ttl"));
        assertEquals(200, head.statusCode());
        assertEquals(header(get, "ETag"), header(head, "ETag"));
        assertEquals(0, head.body().length);
    }
}
