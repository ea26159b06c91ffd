package org.evaw.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Injection and escaping, in a real browser: data whose literals carry markup, both quotes, line
 * breaks and bidi controls ({@code hostile-values.ttl}), and request paths and parameters built to
 * break out of a SPARQL query or a page. Headless Chromium loads each page and runs its scripts; the
 * DOM it dumps must hold the values as text, and no script of theirs may have run (each would mark
 * the document with {@code data-pwned}).
 */
class HostileValuesBrowserIT {
    private static final String GRAPH = "http://localhost:3030/graph/hostile-values";
    private static final String PWNED = "data-pwned";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path work;
    private static DatasetGraph store;
    private static EvawServer server;

    @BeforeAll
    static void start() {
        store = CorpusStore.empty(work.resolve("tdb2"));
        CorpusStore.replace(store, NodeFactory.createURI(GRAPH),
                RDFParser.source(HostileValuesBrowserIT.class.getResource("hostile-values.ttl").toString()).toGraph());
        server = EvawServer.create().port(0).dataset(store).dumps(work.resolve("dumps")).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    @Test
    void theEntityPageShowsEveryHostileLiteralAsText() throws Exception {
        String dom = HeadlessChromium.dumpDom(work, server.url() + "page/agency/hostile-values");
        assertNothingRan(dom);
        assertHoldsAsText(dom);
        HeadlessChromium.screenshot(work, server.url() + "page/agency/hostile-values", SCREENSHOTS.resolve("hostile-values.png"));
    }

    @Test
    void theGraphPageShowsEveryHostileLiteralAsText() throws Exception {
        String dom = HeadlessChromium.dumpDom(work, server.url() + "page/graph/hostile-values");
        assertNothingRan(dom);
        assertFalse(dom.contains("<script>document"), "no script element from the data: " + dom);
    }

    @Test
    void hostileRequestPathsAreRefusedAndEchoNothingAsMarkup() throws Exception {
        String payload = "%3Cscript%3Edocument.documentElement.setAttribute('data-pwned','path')%3C%2Fscript%3E";
        // Without a slash, which Jetty refuses in a path before the application sees it.
        String image = "%3Cimg%20src=x%20onerror=%22document.documentElement.setAttribute('data-pwned','img')%22%3E";
        for (String path : List.of(
                "id/agency/x%3E%20%7D%20" + image,
                "page/agency/x%22%3E" + image,
                "page/agency/hostile-values." + image,
                "page/graph/" + image,
                "api/" + image,
                "id/agency/x%3E%20%7D%20DROP%20ALL%20%7B%20%3Cx",
                "id/agency/x%3E%20%7D%20" + payload,
                "page/agency/x%22%3E" + payload,
                "page/agency/hostile-values." + payload,
                "graph/x%3E%20%7D%20DROP%20ALL%20%7B%20%3Cx",
                "api/" + payload,
                "api/entities-of-type?type=" + payload,
                "queries?q=" + payload,
                "evaw/sparql?query=" + payload, "evaw/sparql?query=" + image)) {
            HttpResponse<String> r = get(path);
            System.out.printf("injection: %-110s %d %s%n", "/" + path, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""));
            assertTrue(r.statusCode() < 500, path + " answered " + r.statusCode() + ": " + r.body());
            assertNothingRan(HeadlessChromium.dumpDom(work, server.url() + path));
        }
        assertEquals(11, countTriples(), "the store is unchanged");
    }

    @Test
    void hostileParametersAreBoundAsValuesNeverSplicedIntoQueries() throws Exception {
        HttpResponse<String> country = get("api/agencies-in-country?country=VNM%22%20%7D%20%3Fs%20%3Fp%20%3Fo%20%7B%20%23");
        assertEquals(200, country.statusCode(), country.body());
        assertEquals(0, JSON.parse(country.body()).get("results").getAsObject().get("bindings").getAsArray().size(),
                "the quote is part of the value, which names no country");
        HttpResponse<String> graph = get("api/activities-of-page?graph=http%3A%2F%2Fx%2F%3E%20%7D%20DROP%20ALL%20%7B%20%3C");
        assertEquals(400, graph.statusCode(), graph.body());
        assertTrue(graph.body().contains("parameter 'graph'"), "the refusal names the parameter: " + graph.body());
        assertEquals(11, countTriples(), "the store is unchanged");
    }

    @Test
    void theSavedQueryPageShowsHostileLabelsAsText() throws Exception {
        ChromeDriver browser = browser();
        try {
            browser.get(server.url() + "queries?q=entities-of-type");
            WebDriverWait wait = ChromiumDriver.waiting(browser);
            wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            new Select(browser.findElement(By.id("query"))).selectByValue("entities-of-type");
            choose(browser.findElement(By.id("param-type")), "Agency");
            ChromiumDriver.runSavedQuery(browser);
            wait.until(d -> !d.findElements(By.cssSelector("#results tbody tr")).isEmpty());
            String table = browser.findElement(By.id("results")).getText();
            assertTrue(table.contains("<script>document.documentElement.setAttribute('data-pwned','script')</script>"),
                    "the label is shown as the text it is: " + table);
            assertNothingRan(browser.getPageSource());
        } finally {
            browser.quit();
        }
    }

    /**
     * A link whose IRI has the {@code javascript:} scheme would run script in the server's origin
     * when clicked: the entity pages and the saved-query table link only {@code http(s)} IRIs and
     * show others as text.
     */
    @Test
    void noPageMakesARunnableLinkOfAScriptIri() throws Exception {
        String dom = HeadlessChromium.dumpDom(work, server.url() + "page/agency/hostile-values");
        assertFalse(dom.contains("href=\"javascript:"), "the entity page links a javascript: IRI");
        ChromeDriver browser = browser();
        try {
            browser.get(server.url() + "queries?q=entities-of-type");
            WebDriverWait wait = ChromiumDriver.waiting(browser);
            wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            choose(browser.findElement(By.id("param-type")), "Agency");
            ChromiumDriver.runSavedQuery(browser);
            wait.until(d -> !d.findElements(By.cssSelector("#results tbody tr")).isEmpty());
            assertTrue(browser.findElements(By.cssSelector("#results a[href^='javascript:']")).isEmpty(),
                    "the saved-query table links a javascript: IRI");
        } finally {
            browser.quit();
        }
    }

    /**
     * A name whose bidi override its text leaves open is isolated where a page shows it: the text
     * after it on the same line (the entity's type in the search results) is still laid out left to
     * right, its first letter left of its last.
     */
    @Test
    void anOverrideLeftOpenInANameDoesNotTurnTheTextAfterItAround() throws Exception {
        ChromeDriver browser = browser();
        try {
            browser.get(server.url() + "search?q=overridden");
            Object order = browser.executeScript("""
                    const name = [...document.querySelectorAll('.entities a')].find(a => a.textContent.startsWith('Overridden'));
                    if (!name) return 'no such name in the results';
                    const text = name.parentNode.querySelector('.type').firstChild, range = document.createRange();
                    range.setStart(text, 0); range.setEnd(text, 1);
                    const first = range.getBoundingClientRect().left;
                    range.setStart(text, text.length - 1); range.setEnd(text, text.length);
                    return first < range.getBoundingClientRect().left ? 'left to right' : 'turned around';
                    """);
            assertEquals("left to right", order);
        } finally {
            browser.quit();
        }
    }

    private static void choose(WebElement field, String value) {
        if (field.getTagName().equals("select")) {
            new Select(field).selectByValue(value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }

    private static void assertNothingRan(String dom) {
        assertFalse(dom.contains(PWNED + "="), "a script from the data or the request ran: " + dom);
    }

    private static void assertHoldsAsText(String dom) {
        for (String shown : List.of(
                "&lt;script&gt;document.documentElement.setAttribute('data-pwned','script')&lt;/script&gt;",
                "&lt;img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\"&gt;",
                "\"&gt;&lt;svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\"&gt;",
                "Quote\" and 'apostrophe'",
                "line one\nline two",
                "\u202Egnp.exe\u202C and \u200F\u05E9\u05DC\u05D5\u05DD\u200E mixed"))
            assertTrue(dom.contains(shown), "shown as text: " + shown + "\nin: " + dom);
        assertFalse(dom.contains("<svg"), "no element from the data");
        assertFalse(dom.contains("<img src=\"x\""), "no element from the data");
    }

    private static long countTriples() throws Exception {
        HttpResponse<String> r = get("evaw/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7B%20GRAPH%20%3Fg%20%7B%3Fs%20%3Fp%20%3Fo%7D%20%7D");
        var row = JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject();
        return Long.parseLong(row.get("n").getAsObject().get("value").getAsString().value());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Accept", "application/sparql-results+json, text/html;q=0.9, */*;q=0.1").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static ChromeDriver browser() throws Exception {
        return ChromiumDriver.start(work, 1280, 1400);
    }
}
