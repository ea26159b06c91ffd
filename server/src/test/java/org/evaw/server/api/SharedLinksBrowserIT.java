package org.evaw.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.evaw.server.CorpusInBrowser;
import org.evaw.server.CorpusStore;
import org.evaw.server.EvawServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Links to saved-query results and to the SPARQL editor's queries, clicked through in Chromium
 * (issue 13, items 3 and 5): a link runs its query, each run is a step of the history, values are
 * chosen by name, and an answer that is not a result says why in a sentence. A second server gives
 * a query {@value #TINY_TIMEOUT_MILLIS} ms, which search-activities for a letter (every activity's
 * description read, each match joined to its page, agency and period, then sorted) never fits in, so
 * that the page must say the query ran out of time (agency-pairs-sharing-country, partners-of-agency
 * and forms-of-violence-by-country, used before, now read the summary's cubes and may answer within
 * the millisecond); it has a store of its own, as a server
 * sets its timeout in its store's context, which the first server's SPARQL endpoint would share.
 */
class SharedLinksBrowserIT extends CorpusInBrowser {
    private static final long TINY_TIMEOUT_MILLIS = 1;
    private static EvawServer hurried;

    @BeforeAll
    static void startHurriedServer(@TempDir Path dir) throws Exception {
        hurried = EvawServer.create().port(0).dataset(CorpusStore.create(dir.resolve("hurried"))).timeoutMillis(TINY_TIMEOUT_MILLIS).build().start();
        browser.manage().window().setSize(new Dimension(1280, 1400));
    }

    @AfterAll
    static void stopHurriedServer() {
        if (hurried != null)
            hurried.stop();
    }

    private static void open(String url) {
        browser.get(url);
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private static String table() {
        return browser.findElement(By.id("results")).getText();
    }

    private static Object editorText() {
        return browser.executeScript("return yasgui.getTab().getYasqe().getValue()");
    }

    private static String query() {
        return URI.create(browser.getCurrentUrl()).getRawQuery();
    }

    private static void waitForRows() {
        waiting().until(d -> !d.findElements(By.cssSelector("#results tbody tr")).isEmpty()
                && d.findElement(By.id("status")).getText().matches("\\d+ rows?"));
    }

    @Test
    void aSharedLinkRunsItsQueryWithItsParameters() throws Exception {
        open(server.url() + "queries?q=agencies-in-country&country=KGZ");
        waitForRows();
        assertTrue(table().contains("UNODC"), "UNODC works in Kyrgyzstan: " + table());
        assertEquals("KGZ", browser.findElement(By.id("param-country")).getDomProperty("value"));
        waiting().until(d -> "Kyrgyzstan".equals(d.findElement(By.id("param-country-name")).getText()));
        assertEquals("q=agencies-in-country&country=KGZ", query(), "the link stays as it was shared");
        screenshot("shared-link-1280.png");
    }

    @Test
    void aSharedLinkFitsANarrowScreen() throws Exception {
        browser.manage().window().setSize(new Dimension(375, 900));
        try {
            open(server.url() + "queries?q=agencies-in-country&country=KGZ");
            waitForRows();
            Object overflow = browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0L, ((Number) overflow).longValue(), "nothing wider than a 375 px screen");
            browser.executeScript("document.getElementById('param-country').scrollIntoView()");
            screenshot("shared-link-375.png");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1400));
        }
    }

    /** A country typed by its name becomes its code; the run is a new step of the history, and Back returns to the last. */
    @Test
    void aCountryChosenByNameRunsAsANewStepAndBackReturnsToTheLast() throws Exception {
        open(server.url() + "queries?q=agencies-in-country&country=KGZ");
        waitForRows();
        String kyrgyzstan = table();
        WebElement country = browser.findElement(By.id("param-country"));
        waiting().until(d -> !d.findElements(By.cssSelector("#param-country-choices option")).isEmpty());
        WebElement offered = browser.findElement(By.cssSelector("#param-country-choices option[value='VNM']"));
        assertEquals("Viet Nam", offered.getDomAttribute("label"), "offered by name");
        country.clear();
        country.sendKeys("viet nam", Keys.TAB);
        assertEquals("VNM", country.getDomProperty("value"), "the name became the code the query wants");
        assertEquals("Viet Nam", browser.findElement(By.id("param-country-name")).getText());
        browser.findElement(By.id("run")).click();
        waiting().until(d -> "q=agencies-in-country&country=VNM".equals(query()));
        waiting().until(d -> !table().equals(kyrgyzstan) && d.findElement(By.id("status")).getText().matches("\\d+ rows?"));
        String vietNam = table();
        assertTrue(vietNam.contains("UNFPA"), vietNam);

        browser.navigate().back();
        waiting().until(d -> "q=agencies-in-country&country=KGZ".equals(query()));
        waiting().until(d -> table().equals(kyrgyzstan));
        assertEquals("KGZ", browser.findElement(By.id("param-country")).getDomProperty("value"));
        browser.navigate().forward();
        waiting().until(d -> table().equals(vietNam));
        assertEquals("VNM", browser.findElement(By.id("param-country")).getDomProperty("value"));

        // Enter in the field runs the query by the name typed, as the Run button does.
        WebElement field = browser.findElement(By.id("param-country"));
        field.clear();
        field.sendKeys("Kyrgyzstan", Keys.ENTER);
        waiting().until(d -> "q=agencies-in-country&country=KGZ".equals(query()));
        waiting().until(d -> table().equals(kyrgyzstan));
    }

    @Test
    void backToThePageAsFirstOpenedShowsNoAnswer() throws Exception {
        open(server.url() + "queries");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("query"))).selectByValue("countries-of-agency");
        browser.findElement(By.id("run")).click();
        waiting().until(d -> "q=countries-of-agency&agency=UNODC".equals(query()));
        waitForRows();
        browser.navigate().back();
        waiting().until(d -> d.findElements(By.cssSelector("#results tr")).isEmpty());
        assertEquals(null, query());
    }

    @Test
    void codesInAListAreShownByName() throws Exception {
        open(server.url() + "queries?q=activities-by-form-of-violence-and-region&concept=FGM&region=Africa");
        WebElement fgm = browser.findElement(By.cssSelector("#param-concept option[value='FGM']"));
        waiting().until(d -> fgm.getText().startsWith("FGM — "));
        assertEquals("FGM", browser.findElement(By.id("param-concept")).getDomProperty("value"));
        assertTrue(query().contains("concept=FGM"), query());
    }

    @Test
    void thePageOfAnAnswerIsInTheLinkAndInTheHistory() throws Exception {
        open(server.url() + "queries?q=entities-of-type&type=Country&page=2&view=table");
        waitForRows();
        assertEquals("q=entities-of-type&type=Country&page=2&view=table", query(), "the view stays in the link");
        assertEquals("Page 2", browser.findElement(By.id("page-number")).getText());
        assertEquals("Country", browser.findElement(By.id("param-type")).getDomProperty("value"));
        String second = table();
        browser.findElement(By.id("next")).click();
        waiting().until(d -> "q=entities-of-type&type=Country&page=3&view=table".equals(query()));
        // The UN country table has 249 countries: the third page holds the last 49.
        waiting().until(d -> d.findElements(By.cssSelector("#results tbody tr")).size() == 49);
        browser.navigate().back();
        waiting().until(d -> "Page 2".equals(d.findElement(By.id("page-number")).getText()) && table().equals(second));
    }

    @Test
    void aBadParameterIsExplainedInASentenceNotABlankTable() throws Exception {
        open(server.url() + "queries?q=publications-since-year&year=last%20year");
        WebElement problem = browser.findElement(By.id("problem"));
        waiting().until(d -> problem.isDisplayed());
        System.out.println("sharing: a bad parameter: \"" + problem.getText() + "\"");
        assertTrue(problem.getText().startsWith("The query was not run: parameter 'year' must be an integer, not 'last year'"),
                problem.getText());
        assertEquals("alert", problem.getDomAttribute("role"));
        assertEquals("true", browser.findElement(By.id("param-year")).getDomAttribute("aria-invalid"));
        assertEquals("last year", browser.findElement(By.id("param-year")).getDomProperty("value"), "what was given stays to be corrected");
        assertTrue(browser.findElements(By.cssSelector("#results tr")).isEmpty(), "no table passes for an answer");
        screenshot("shared-link-bad-parameter.png");

        open(server.url() + "queries?q=agencies-in-country&country=Atlantis");
        waiting().until(d -> d.findElement(By.id("problem")).isDisplayed());
        String said = browser.findElement(By.id("problem")).getText();
        System.out.println("sharing: an unknown country: \"" + said + "\"");
        assertTrue(said.startsWith("Nothing matches: the graph knows no country “Atlantis”"), said);
    }

    @Test
    void aQueryThatRunsOutOfTimeSaysSo() throws Exception {
        // A warm store can, rarely, answer within the millisecond (red once in a fresh-clone CI): then the page rightly
        // shows a table, and the link is opened again; three answers in a row within it would be news.
        WebElement problem = null;
        for (int attempt = 1; attempt <= 3 && (problem == null || !problem.isDisplayed()); attempt++) {
            open(hurried.url() + "queries?q=search-activities&text=a");
            WebElement shown = browser.findElement(By.id("problem"));
            waiting().until(d -> shown.isDisplayed() || !d.findElements(By.cssSelector("#results tr")).isEmpty());
            if (!shown.isDisplayed())
                System.out.println("sharing: search-activities answered within " + TINY_TIMEOUT_MILLIS + " ms; opened again");
            problem = shown;
        }
        assertTrue(problem.isDisplayed(), "three runs of search-activities answered within " + TINY_TIMEOUT_MILLIS + " ms");
        System.out.println("sharing: a timeout: \"" + problem.getText() + "\"");
        assertTrue(problem.getText().startsWith("The query took longer than the server allows (" + TINY_TIMEOUT_MILLIS + " ms) and was stopped."),
                problem.getText());
        assertTrue(browser.findElements(By.cssSelector("#results tr")).isEmpty(), "no table passes for an answer");
        screenshot("shared-link-timeout.png");
    }

    @Test
    void anEditorLinkOpensWithItsQueryAndRunsItWhenAsked() throws Exception {
        String text = "SELECT ?agency WHERE { ?agency <https://w3id.org/evaw-kg/ontology#acronym> \"UNODC\" }";
        open(server.url() + "sparql-editor?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&run=1");
        waiting().until(d -> text.equals(editorText()));
        waiting().until(d -> d.findElement(By.cssSelector(".yasr")).getText().contains("/id/agency/unodc"));
        assertEquals("query=" + URLEncoder.encode(text, StandardCharsets.UTF_8), query(),
                "the address bar holds the query run, to be run again only when asked");
        browser.manage().window().setSize(new Dimension(375, 900));
        try {
            screenshot("sparql-editor-shared-link-375.png");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1400));
        }

        // The Wikidata Query Service's form of a link: the query as the fragment; not run unless asked.
        open(server.url() + "sparql-editor#" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
        waiting().until(d -> text.equals(editorText()));
        assertFalse(browser.findElement(By.cssSelector(".yasr")).getText().contains("/id/agency/unodc"), "not run unless asked");
    }

    @Test
    void copyLinkMakesALinkThatOpensTheEditorsQueryAndOneThatRunsIt() throws Exception {
        open(server.url() + "sparql-editor");
        String text = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/evaw-kg/ontology#Country> }";
        browser.executeScript("yasgui.getTab().getYasqe().setValue(arguments[0])", text);
        browser.findElement(By.id("copy-link")).click();
        WebElement link = browser.findElement(By.id("share-link"));
        waiting().until(d -> link.isDisplayed());
        String href = link.getDomAttribute("href");
        assertTrue(List.of("Link copied:", "Copy this link:").contains(browser.findElement(By.id("share-status")).getText()));
        assertTrue(href.startsWith(server.url() + "sparql-editor?query="), href);
        screenshot("sparql-editor-copy-link.png");
        browser.findElement(By.id("copy-run-link")).click();
        waiting().until(d -> link.getDomAttribute("href").endsWith("&run=1"));
        String running = link.getDomAttribute("href");

        open(href);
        waiting().until(d -> text.equals(editorText()));
        assertFalse(browser.findElement(By.cssSelector(".yasr")).getText().contains("249"), "not run unless asked");
        open(running);
        waiting().until(d -> text.equals(editorText()));
        // The UN country table: 249 countries.
        waiting().until(d -> d.findElement(By.cssSelector(".yasr")).getText().contains("249"));
    }
}
