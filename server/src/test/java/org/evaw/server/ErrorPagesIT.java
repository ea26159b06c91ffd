package org.evaw.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Jetty's error answers: for a browser (which names text/html) a page in the site's design with the
 * status kept, the strict security headers and nothing of the request as markup; for a machine
 * (JSON, or {@code *}{@code /*}, or no Accept) a short JSON or plain-text body.
 */
class ErrorPagesIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static EvawServer server;

    @BeforeAll
    static void start() {
        DatasetGraph empty = DatabaseMgr.createDatasetGraph();
        server = EvawServer.create().port(0).dataset(empty).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no/such/page", "assets/nosuch.css", "evaw/nosuch", "page/agency/nosuch", "id/agency/nosuch", "dumps/nosuch.nq.gz"})
    void aBrowserGetsANotFoundPageInTheSiteDesign(String path) throws Exception {
        HttpResponse<String> r = send("GET", path, BROWSER);
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        String page = r.body();
        assertTrue(page.contains("<nav aria-label=\"Site\">") && page.contains("<form class=\"site-search\""), path + ": navigation and search box");
        assertTrue(page.contains("<footer class=\"site\">"), path + ": footer");
        assertTrue(page.contains("href=\"/assets/site.css\"") && !page.contains("<style"), path + ": the one stylesheet");
        assertTrue(page.contains("<h1>404 Not Found</h1>") && page.contains("There is no page at this address."), path);
        assertTrue(page.contains("<a href=\"/search\">search</a>"), path + ": says where to go");
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("script-src 'self' 'unsafe-inline'") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void aHostilePathIsNeverMarkupOnThePage() throws Exception {
        String hostile = "x%22%3E%3Cscript%3Ealert(1)%3C/script%3E%3Cimg%20src=x%20onerror=alert(2)%3E";
        // At the root Jetty's 404; under /page/ the linked-data 404, whose message names the IRI asked for.
        for (String path : new String[] {hostile, "page/agency/" + hostile, "id/agency/" + hostile}) {
            HttpResponse<String> r = send("GET", path, BROWSER);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("<h1>404 Not Found</h1>"), path);
            assertFalse(r.body().contains("<script>alert") || r.body().contains("<img src=x") || r.body().contains("onerror=alert"), r.body());
        }
        // As JSON or plain text the path may be echoed, but never as HTML.
        for (String accept : new String[] {"application/json", "*/*"}) {
            HttpResponse<String> m = send("GET", hostile, accept);
            assertEquals(404, m.statusCode());
            assertFalse(m.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), accept);
            assertEquals("nosniff", m.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }

    @Test
    void aMachineGetsJsonOrPlainText() throws Exception {
        HttpResponse<String> json = send("GET", "no/such/page", "application/json");
        assertEquals(404, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json.body().contains("\"status\":\"404\"") && !json.body().contains("<"), json.body());
        assertFalse(json.body().contains("origin"), "no servlet class names: " + json.body());
        for (String accept : new String[] {"*/*", null}) {
            HttpResponse<String> plain = send("GET", "no/such/page", accept);
            assertEquals(404, plain.statusCode());
            assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), "Accept " + accept);
            assertTrue(plain.body().contains("404") && plain.body().length() < 400, plain.body());
        }
    }

    @Test
    void aLinkedDataClientStillGetsPlainTextForAResourceTheGraphDoesNotHold() throws Exception {
        HttpResponse<String> r = send("GET", "page/agency/nosuch", "text/turtle");
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(r.body().startsWith("Not found: "), r.body());
    }

    @Test
    void aRefusedMethodKeeps405AndGetsThePage() throws Exception {
        HttpResponse<String> r = send("DELETE", "queries", BROWSER);
        assertEquals(405, r.statusCode());
        assertTrue(r.body().contains("<h1>405 Method Not Allowed</h1>") && r.body().contains("<nav aria-label=\"Site\">"), r.body());
    }

    @Test
    void aMalformedRequestKeeps400AndGetsThePageWithTheSecurityHeaders() throws Exception {
        // An encoded slash in the path is ambiguous: Jetty refuses it before any servlet sees it.
        byte[] request = ("GET /a%2F..%2F%3Cb%3E HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + BROWSER + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        RawHttp r = RawHttp.exchange(server.port(), request);
        assertEquals(400, r.status(), r.head());
        assertTrue(r.body().contains("<h1>400 Bad Request</h1>") && r.body().contains("<footer class=\"site\">"), r.body());
        assertFalse(r.body().contains("<b>"), r.body());
        assertTrue(String.valueOf(r.header("Content-Security-Policy")).contains("script-src 'self'"), r.head());
    }

    private static HttpResponse<String> send(String method, String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null)
            b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
