package org.evaw.server.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.jena.sparql.core.DatasetGraph;
import org.evaw.server.CorpusStore;
import org.evaw.server.EvawServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of HTML page the server makes (home, entity, ontology, VoID, downloads, saved queries,
 * SPARQL editor, search, activities) carries the one navigation with its search box and the one footer, with
 * the version and licence the VoID description states.
 */
class SiteChromeIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static EvawServer server;

    @BeforeAll
    static void start(@TempDir Path dir) {
        DatasetGraph store = CorpusStore.create(dir.resolve("tdb2"));
        server = EvawServer.create().port(0).dataset(store).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "page/agency/unodc", "ontology", ".well-known/void", "dumps/", "queries",
            "sparql-editor", "search", "search?q=trafficking", "activities", "activities?region=asia"})
    void everyPageHasTheNavigationWithTheSearchBoxAndTheFooter(String path) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), path);
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        String html = page.body();
        assertEquals(1, count(html, "<nav aria-label=\"Site\">"), path + ": one site navigation");
        for (String link : new String[] {"href=\"/\"", "href=\"/queries\"", "href=\"/sparql-editor\"", "href=\"/search\"", "href=\"/activities\""})
            assertTrue(html.contains(link), path + " links " + link);
        assertTrue(html.contains("<form class=\"site-search\" action=\"/search\" method=\"get\" role=\"search\">"), path);
        assertTrue(html.contains("<label for=\"site-q\">") && html.contains("id=\"site-q\" name=\"q\" type=\"search\" list=\"site-suggestions\""),
                path + ": a labelled search box with a list");
        assertTrue(html.contains("<script src=\"/assets/search.js\" defer></script>"), path);
        assertTrue(html.contains("href=\"/assets/site.css\""), path + ": the shared stylesheet");
        assertEquals(1, count(html, "<footer class=\"site\">"), path + ": one site footer");
        assertTrue(html.contains("version 0.1.0") && html.contains("https://creativecommons.org/licenses/by/4.0/"),
                path + ": the footer names the version and licence of the VoID description");
        assertTrue(!html.contains("<!--site-nav-->") && !html.contains("<!--site-footer-->"), path + ": markers replaced");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page/agency/unodc", "search?q=UNODC", "queries"})
    void theSecurityPolicyLetsTheBoxAskForSuggestionsButRunsNoInlineScript(String path) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("connect-src 'self'") && csp.contains("form-action 'self'"), path + ": " + csp);
        assertTrue(!csp.contains("script-src 'self' 'unsafe-inline'"), path + ": " + csp);
    }

    private static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
