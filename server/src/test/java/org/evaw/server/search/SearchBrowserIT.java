package org.evaw.server.search;

import static org.junit.jupiter.api.Assertions.assertTrue;


import org.evaw.server.CorpusInBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The search page in a real browser (Debian's Chromium and its chromedriver): the box offers
 * entities as one types, choosing one opens its page, and a search shows marked passages, at
 * 1280 and 375 pixels wide (screenshots in {@code target/screenshots}).
 */
class SearchBrowserIT extends CorpusInBrowser {

    @Test
    void theBoxOffersEntitiesAsOneTypesAndOpensTheOneChosen() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        browser.get(server.url() + "search");
        browser.findElement(By.id("q")).sendKeys("UNO");
        waiting().until(d -> d.findElements(By.cssSelector("#suggestions option")).stream()
                .anyMatch(o -> o.getDomProperty("value").startsWith("UNODC")));
        String label = browser.findElements(By.cssSelector("#suggestions option")).get(0).getDomProperty("value");
        assertTrue(label.startsWith("UNODC"), "UNODC is offered first: " + label);
        // What a choice from the list does: the box takes the option's value, in an input event without typing.
        ((JavascriptExecutor) browser).executeScript(
                "const q = document.getElementById('q'); q.value = arguments[0]; q.dispatchEvent(new Event('input'));", label);
        waiting().until(d -> d.getCurrentUrl().contains("/agency/unodc"));
    }

    @Test
    void showsMarkedPassagesAtBothWidths() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        browser.get(server.url() + "search?q=trafficking");
        assertTrue(!browser.findElements(By.cssSelector("figure.passage blockquote mark")).isEmpty(), "matched words are marked");
        screenshot("search-1280.png");
        browser.manage().window().setSize(new Dimension(375, 1400));
        browser.get(server.url() + "search?q=trafficking");
        Object widths = ((JavascriptExecutor) browser).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth, window.innerWidth];");
        java.util.List<?> w = (java.util.List<?>) widths;
        assertTrue(((Number) w.get(0)).longValue() <= ((Number) w.get(1)).longValue(),
                "nothing wider than the screen (scroll width, client width, window width): " + widths);
        screenshot("search-375.png");
    }
}
