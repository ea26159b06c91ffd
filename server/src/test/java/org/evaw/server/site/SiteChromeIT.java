package org.evaw.server.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.iri.UriSpace;
import org.evaw.server.CorpusStore;
import org.evaw.server.EvawServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of HTML page the server makes (home, entity, concept, ontology, VoID, downloads, saved
 * queries, SPARQL editor, search, activities) carries the one navigation with its search box and the one
 * footer, with the version and licence the VoID description states, and is styled by the one
 * stylesheet and nothing inline; the home page states the size of the graph as SPARQL counts it.
 */
class SiteChromeIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static EvawServer server;
    private static DatasetGraph store;

    @BeforeAll
    static void start(@TempDir Path dir) {
        store = CorpusStore.create(dir.resolve("tdb2"));
        server = EvawServer.create().port(0).dataset(store).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    private static final String PREVIEW = "reconcile/preview?id=http%3A%2F%2Flocalhost%3A3030%2Fid%2Fagency%2Funodc";
    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\">");

    @ParameterizedTest
    @ValueSource(strings = {"", "page/agency/unodc", "page/concept/violence/trafficking-in-persons", "ontology",
            ".well-known/void", "service-description", "dumps/", "queries", "sparql-editor", "search", "search?q=trafficking",
            "activities", "activities?region=asia"})
    void everyPageHasTheNavigationWithTheSearchBoxAndTheFooter(String path) throws Exception {
        String html = html(path);
        assertEquals(1, count(html, "<nav aria-label=\"Site\">"), path + ": one site navigation");
        for (String link : new String[] {"href=\"/\"", "href=\"/queries\"", "href=\"/sparql-editor\"", "href=\"/search\"", "href=\"/activities\""})
            assertTrue(html.contains(link), path + " links " + link);
        assertTrue(html.contains("<form class=\"site-search\" action=\"/search\" method=\"get\" role=\"search\">"), path);
        assertTrue(html.contains("<label for=\"site-q\">") && html.contains("id=\"site-q\" name=\"q\" type=\"search\" list=\"site-suggestions\""),
                path + ": a labelled search box with a list");
        assertTrue(html.contains("<script src=\"/assets/search.js\" defer></script>"), path);
        assertTrue(html.contains("href=\"/assets/site.css\""), path + ": the shared stylesheet");
        assertEquals(1, count(html, "<footer class=\"site\">"), path + ": one site footer");
        assertTrue(html.contains("version " + datasetVersion() + ".") && html.contains("https://creativecommons.org/licenses/by/4.0/"),
                path + ": the footer names the version and licence of the VoID description");
        assertTrue(!html.contains("<!--site-nav-->") && !html.contains("<!--site-footer-->"), path + ": markers replaced");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "page/agency/unodc", "page/concept/violence/trafficking-in-persons", "ontology",
            ".well-known/void", "service-description", "dumps/", "queries", "sparql-editor", "search", "search?q=trafficking", PREVIEW})
    void everyPageIsStyledByTheOneStylesheetAndNothingInline(String path) throws Exception {
        String html = html(path);
        List<String> sheets = STYLESHEET.matcher(html).results().map(m -> m.group(1))
                .filter(href -> !href.equals("/assets/yasgui.min.css")).toList();
        assertEquals(List.of("/assets/site.css"), sheets, path + ": the site's stylesheet, once (the editor adds YASGUI's own)");
        assertTrue(!html.contains("<style") && !html.contains(" style=\""), path + ": no inline style");
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), path + ": the language of the page");
        assertEquals(1, count(html, "<main"), path + ": one main landmark");
        HttpResponse<String> css = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "assets/site.css")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    @Test
    void aPageThatDoesNotExistHasTheNavigationTheFooterAndTheStylesheetAndKeeps404() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "no/such/page"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, page.statusCode());
        String html = page.body();
        assertEquals(1, count(html, "<nav aria-label=\"Site\">"), "one site navigation");
        assertTrue(html.contains("<form class=\"site-search\" action=\"/search\" method=\"get\" role=\"search\">"), html);
        assertEquals(1, count(html, "<footer class=\"site\">"), "one site footer");
        assertTrue(html.contains("version " + datasetVersion() + "."), "the footer's version");
        List<String> sheets = STYLESHEET.matcher(html).results().map(m -> m.group(1)).toList();
        assertEquals(List.of("/assets/site.css"), sheets);
        assertTrue(!html.contains("<style") && !html.contains(" style=\""), "no inline style");
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertEquals(1, count(html, "<main"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/queries", "/sparql-editor", "/search", "/activities", "/ontology", "/dumps/"})
    void theNavigationMarksThePageOneIsOn(String path) throws Exception {
        String html = html(path.substring(1));
        assertEquals(1, count(html, "aria-current=\"page\""), path + ": one link marked current");
        assertTrue(html.contains("<li><a href=\"" + path + "\" aria-current=\"page\">"), path);
    }

    @Test
    void aPageTheNavigationDoesNotListMarksNothing() throws Exception {
        assertEquals(0, count(html("page/agency/unodc"), "aria-current=\"page\""));
    }

    @Test
    void theFooterStatesTheVersionTheBuildGaveTheDataset() throws Exception {
        String version = datasetVersion();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), "a version filled by the build, not a placeholder: " + version);
    }

    @Test
    void theHomePageStatesTheSizeOfTheGraphAsSparqlCountsIt() throws Exception {
        String home = html("");
        Map<String, String> counts = Map.of(
                "activities", "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?x { ?x a evaw:Activity } }",
                "agencies", "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?x { { ?a evaw:leadAgency ?x } UNION { ?a evaw:partner ?x } ?x a evaw:Agency } }",
                "countries", "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?x { ?a a evaw:Activity ; evaw:country ?x } }");
        for (Map.Entry<String, String> count : counts.entrySet()) {
            long expected = sparqlCount("PREFIX evaw: <https://w3id.org/evaw-kg/ontology#> " + count.getValue());
            assertTrue(expected > 0, count.getKey());
            assertEquals(expected, shownCount(home, count.getKey()), count.getKey());
        }
        for (String link : new String[] {"/search", "/activities", "/queries", "/sparql-editor", "/dumps/", "/.well-known/void", "/ontology"})
            assertTrue(home.contains("<li><a href=\"" + link + "\">"), "the home page links " + link);
    }

    /**
     * A write that commits, as {@code load} writes one: a page graph with a new activity and, in the same transaction,
     * the summary's kept number of activities one higher (the home page reads its counts from the summary).
     */
    @Test
    void theHomePageCountsAgainAfterAWriteCommits() throws Exception {
        long before = shownCount(html(""), "activities");
        Node graph = NodeFactory.createURI("http://localhost:3030/graph/site-chrome-it");
        Node activity = NodeFactory.createURI("http://localhost:3030/id/activity/site-chrome-it-1");
        Node activityClass = EVAW.Activity.asNode();
        Txn.executeWrite(store, () -> {
            store.add(graph, activity, RDF.type.asNode(), activityClass);
            addToKeptActivities(1);
        });
        try {
            assertEquals(before + 1, shownCount(html(""), "activities"));
        } finally {
            Txn.executeWrite(store, () -> {
                store.delete(graph, activity, RDF.type.asNode(), activityClass);
                addToKeptActivities(-1);
            });
        }
        assertEquals(before, shownCount(html(""), "activities"));
    }

    /** Adds {@code n} to the summary's kept number of activities (its observation of rdf:type's value evaw:Activity). */
    private static void addToKeptActivities(long n) {
        Node summary = NodeFactory.createURI(UriSpace.defaultBase().graph(UriSpace.SUMMARY_GRAPH));
        Node count = EVAW.valueActivityCount.asNode();
        Quad kept = Iter.asStream(store.find(summary, Node.ANY, EVAW.refValue.asNode(), EVAW.Activity.asNode()))
                .filter(q -> store.contains(summary, q.getSubject(), EVAW.refProperty.asNode(), RDF.type.asNode()))
                .flatMap(q -> Iter.asStream(store.find(summary, q.getSubject(), count, Node.ANY)))
                .findFirst().orElseThrow(() -> new AssertionError("the summary keeps no number of activities"));
        long value = ((Number) kept.getObject().getLiteralValue()).longValue();
        store.delete(kept);
        store.add(summary, kept.getSubject(), count, NodeFactory.createLiteralDT(Long.toString(value + n), XSDDatatype.XSDinteger));
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

    private static long shownCount(String home, String what) {
        Matcher shown = Pattern.compile("id=\"count-" + what + "\">([0-9,]+)<").matcher(home);
        assertTrue(shown.find(), "the home page states the number of " + what);
        return Long.parseLong(shown.group(1).replace(",", ""));
    }

    private static String html(String path) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), path);
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        return page.body();
    }

    /** The dataset's owl:versionInfo, as the served VoID description states it. */
    private static String datasetVersion() throws Exception {
        HttpResponse<String> turtle = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + ".well-known/void"))
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        Model voidModel = RDFParser.fromString(turtle.body(), Lang.TURTLE).toModel();
        List<String> versions = voidModel.listObjectsOfProperty(OWL.versionInfo).mapWith(n -> n.asLiteral().getString()).toList();
        assertEquals(1, versions.size(), "one version: " + versions);
        return versions.get(0);
    }

    private static long sparqlCount(String query) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "evaw/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().strip().split("\\R")[1].strip());
    }

    private static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
