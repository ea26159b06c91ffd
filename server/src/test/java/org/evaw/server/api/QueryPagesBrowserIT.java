package org.evaw.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.evaw.server.ChromiumDriver;
import org.evaw.server.CorpusInBrowser;
import org.evaw.server.EvawServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The saved-query page and the SPARQL editor in a real browser: Debian's Chromium, driven through
 * its own chromedriver (both installed by {@code scripts/install-test-tools}). A second server over
 * the same store caps answers at {@value #SMALL_CAP} rows ({@code serve --max-rows}), so that the
 * bundled corpus meets the cap and both pages must say so (issue 15, item 7).
 */
class QueryPagesBrowserIT extends CorpusInBrowser {
    private static final long SMALL_CAP = 3;
    private static EvawServer capped;

    @BeforeAll
    static void startCappedServer() {
        capped = EvawServer.create().port(0).dataset(store).maxRows(SMALL_CAP).build().start();
        browser.manage().window().setSize(new Dimension(1280, 1600));
    }

    @AfterAll
    static void stopCappedServer() {
        if (capped != null)
            capped.stop();
    }

    @Test
    void runsASavedQueryWithParametersAndShowsLinkedRows() throws Exception {
        browser.get(server.url() + "queries");
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        new Select(browser.findElement(By.id("query"))).selectByValue("agencies-in-country");
        WebElement country = browser.findElement(By.id("param-country"));
        country.clear();
        country.sendKeys("KGZ");
        ChromiumDriver.runSavedQuery(browser);
        waiting().until(d -> !d.findElements(By.cssSelector("#results tbody tr")).isEmpty());
        List<WebElement> rows = browser.findElements(By.cssSelector("#results tbody tr"));
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains("UNODC")), "UNODC works in Kyrgyzstan");
        assertTrue(!browser.findElements(By.cssSelector("#results tbody a[href^='http://localhost:3030/id/agency/']")).isEmpty(),
                "agency IRIs are links");
        List<String> downloads = browser.findElements(By.cssSelector("#downloads a")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("CSV", "TSV", "JSON", "XML"), downloads);
        assertTrue(browser.findElement(By.cssSelector("#downloads a")).getDomAttribute("href").contains("country=KGZ"));
        assertFalse(browser.findElement(By.id("capped")).isDisplayed(), "no note of a cap when the whole answer is shown");
        screenshot("saved-query-table.png");
    }

    @Test
    void walksThePagesOfALongAnswer() throws Exception {
        browser.get(server.url() + "queries?q=entities-of-type");
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        new Select(browser.findElement(By.id("param-type"))).selectByValue("Country");
        ChromiumDriver.runSavedQuery(browser);
        assertEquals(100, browser.findElements(By.cssSelector("#results tbody tr")).size());
        String firstRow = browser.findElement(By.cssSelector("#results tbody tr")).getText();
        assertEquals("Page 1", browser.findElement(By.id("page-number")).getText());
        assertFalse(browser.findElement(By.id("prev")).isEnabled());
        browser.findElement(By.id("next")).click();
        waiting().until(d -> "Page 2".equals(d.findElement(By.id("page-number")).getText())
                && !firstRow.equals(d.findElement(By.cssSelector("#results tbody tr")).getText()));
        assertTrue(browser.findElement(By.id("prev")).isEnabled());
        assertTrue(browser.findElement(By.cssSelector("#downloads a")).getDomAttribute("href").contains("page=2"));
        browser.findElement(By.id("next")).click();
        // The UN country table has 249 countries: the third page holds the last 49 and has no next.
        waiting().until(d -> d.findElements(By.cssSelector("#results tbody tr")).size() == 49);
        assertFalse(browser.findElement(By.id("next")).isEnabled());
        screenshot("saved-query-pages.png");
    }

    @Test
    void drawsABarChartWhenTheAnswerIsACount() throws Exception {
        browser.get(server.url() + "queries?q=publications-by-year");
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        ChromiumDriver.runSavedQuery(browser);
        waiting().until(d -> d.findElement(By.id("chart-box")).isDisplayed());
        Object drawn = browser.executeScript("return Chart.getChart(document.getElementById('chart')).data.datasets[0].data.length");
        assertEquals(5L, ((Number) drawn).longValue(), "one bar a year: 2010, 2014, 2015, 2017, 2018");
        screenshot("saved-query-chart.png");
    }

    /** Forms of violence by country: one bar a country, stacked by form, the same figures as the table. */
    @Test
    void drawsACountOverTwoThingsAsStackedBarsThatFitANarrowScreen() throws Exception {
        browser.manage().window().setSize(new Dimension(375, 900));
        try {
            browser.get(server.url() + "queries?q=forms-of-violence-by-country");
            waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            ChromiumDriver.runSavedQuery(browser);
            waiting().until(d -> d.findElement(By.id("chart-box")).isDisplayed());
            // The table's figures, read cell by cell: form -> total activities, and the countries.
            java.util.Map<String, Long> byForm = new java.util.TreeMap<>();
            java.util.Set<String> countries = new java.util.LinkedHashSet<>();
            for (WebElement row : browser.findElements(By.cssSelector("#results tbody tr"))) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                countries.add(cells.get(0).getText());
                byForm.merge(cells.get(3).getText(), Long.parseLong(cells.get(5).getText()), Long::sum);
            }
            assertTrue(byForm.size() > 1, "the corpus classifies activities by several forms: " + byForm);
            @SuppressWarnings("unchecked")
            List<Object> drawn = (List<Object>) browser.executeScript("const c = Chart.getChart(document.getElementById('chart'));"
                    + "return [c.data.labels, c.data.datasets.map(d => d.label), c.data.datasets.map(d => d.data.reduce((a, b) => a + b, 0))];");
            assertEquals(List.copyOf(countries), drawn.get(0), "one bar a country, in the table's order");
            java.util.Map<String, Long> stacked = new java.util.TreeMap<>();
            List<?> labels = (List<?>) drawn.get(1), sums = (List<?>) drawn.get(2);
            for (int i = 0; i < labels.size(); i++)
                stacked.put((String) labels.get(i), ((Number) sums.get(i)).longValue());
            assertEquals(byForm, stacked, "each form a stack, adding up to the table's figures");
            assertTrue(browser.findElement(By.id("chart")).getDomAttribute("aria-label").contains("stacked by formName"));
            Object overflow = browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0L, ((Number) overflow).longValue(), "nothing wider than a 375 px screen");
            browser.executeScript("document.getElementById('chart-box').scrollIntoView()");
            screenshot("saved-query-stacked-chart-375.png");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1600));
        }
    }

    /** A concept IRI in a result links to the concept's page on this server, not to w3id.org. */
    @Test
    void conceptIrisInAnswersLinkToTheirPagesHere() throws Exception {
        browser.get(server.url() + "queries?q=interventions-per-agency");
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        ChromiumDriver.runSavedQuery(browser);
        waiting().until(d -> !d.findElements(By.cssSelector("#results tbody tr")).isEmpty());
        WebElement concept = browser.findElement(By.cssSelector("#results tbody a[href^='/concept/intervention/']"));
        assertTrue(concept.getText().startsWith("https://w3id.org/evaw-kg/concept/intervention/"), concept.getText());
    }

    @Test
    void theSparqlEditorRunsAQueryAgainstTheEndpoint() throws Exception {
        browser.get(server.url() + "sparql-editor");
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        waiting().until(d -> !d.findElements(By.cssSelector(".yasqe .yasqe_queryButton")).isEmpty());
        browser.findElement(By.cssSelector(".yasqe .yasqe_queryButton")).click();
        waiting().until(d -> d.findElement(By.cssSelector(".yasr")).getText().contains("Activity"));
        assertFalse(browser.findElement(By.id("capped")).isDisplayed(), "no note of a cap when the whole answer is shown");
        screenshot("sparql-editor.png");
    }

    @Test
    void theSavedQueryPageSaysWhenTheRowCapCutTheAnswer() throws Exception {
        browser.get(capped.url() + "queries?q=countries-of-agency");
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        ChromiumDriver.runSavedQuery(browser);
        waiting().until(d -> d.findElements(By.cssSelector("#results tbody tr")).size() == SMALL_CAP);
        WebElement note = browser.findElement(By.id("capped"));
        waiting().until(d -> note.isDisplayed());
        System.out.println("caps: /queries, countries-of-agency under a cap of " + SMALL_CAP + " rows: \"" + note.getText() + "\"");
        assertTrue(note.getText().startsWith("Only the first " + SMALL_CAP + " rows are shown"), note.getText());
        assertEquals("status", note.getDomAttribute("role"), "the note is announced to screen readers");
        screenshot("saved-query-capped.png");
    }

    @Test
    void theSparqlEditorSaysWhenTheRowCapCutTheAnswer() throws Exception {
        browser.get(capped.url() + "sparql-editor");
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        waiting().until(d -> !d.findElements(By.cssSelector(".yasqe .yasqe_queryButton")).isEmpty());
        WebElement note = browser.findElement(By.id("capped"));
        assertFalse(note.isDisplayed(), "no note before a query has run");
        browser.findElement(By.cssSelector(".yasqe .yasqe_queryButton")).click();
        waiting().until(d -> note.isDisplayed());
        System.out.println("caps: /sparql-editor, the starting query under a cap of " + SMALL_CAP + " rows: \"" + note.getText() + "\"");
        assertTrue(note.getText().startsWith("Only the first " + SMALL_CAP + " rows are shown"), note.getText());
        assertEquals("status", note.getDomAttribute("role"), "the note is announced to screen readers");
        screenshot("sparql-editor-capped.png");
    }
}
