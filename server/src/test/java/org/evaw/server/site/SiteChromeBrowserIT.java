package org.evaw.server.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.evaw.server.CorpusInBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The site's search box in a real browser (Debian's Chromium and its chromedriver), on every kind
 * of HTML page: it is there with an accessible name, reachable by keyboard, and nothing overflows
 * at 375 pixels wide (screenshots in {@code target/screenshots}); typing "UNO" offers UNODC and
 * choosing it opens UNODC's page.
 */
class SiteChromeBrowserIT extends CorpusInBrowser {

    @ParameterizedTest
    @ValueSource(strings = {"", "page/agency/unodc", "ontology", ".well-known/void", "dumps/", "queries",
            "sparql-editor", "search?q=trafficking", "activities?region=asia"})
    void everyPageHasALabelledKeyboardReachableBoxAndFitsA375PixelScreen(String path) throws Exception {
        String name = path.isEmpty() ? "home" : path.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        browser.manage().window().setSize(new Dimension(1280, 1400));
        browser.get(server.url() + path);
        WebElement box = browser.findElement(By.cssSelector("header.site form[role=search] input[type=search][name=q]"));
        assertEquals("Search the graph", box.getAccessibleName(), path + ": the box's accessible name");
        assertTrue(box.isDisplayed(), path);
        screenshot("site-" + name + "-1280.png");
        // Keyboard: Tab from the start of the page reaches the box (after the skip link and the links).
        browser.get(server.url() + path);
        // From the page's first focusable element, the skip link, whatever a page's own script focused (the editor focuses itself).
        ((JavascriptExecutor) browser).executeScript("document.querySelector('a.skip').focus();");
        boolean reached = false;
        for (int i = 0; i < 15 && !reached; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            reached = "site-q".equals(browser.switchTo().activeElement().getDomAttribute("id"));
        }
        assertTrue(reached, path + ": Tab reaches the search box");

        browser.manage().window().setSize(new Dimension(375, 1400));
        browser.get(server.url() + path);
        List<?> widths = (List<?>) ((JavascriptExecutor) browser).executeScript(
                "const w = document.documentElement.clientWidth;"
                + "return [document.documentElement.scrollWidth, w, [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > w || e.scrollWidth > e.clientWidth + 1).slice(0, 12)"
                + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + '/' + e.scrollWidth + '>' + e.clientWidth)];");
        assertTrue(((Number) widths.get(0)).longValue() <= ((Number) widths.get(1)).longValue(),
                path + ": nothing wider than the screen (scroll width, client width, widest elements): " + widths);
        assertTrue(browser.findElement(By.id("site-q")).isDisplayed(), path + ": the box shows at 375 px");
        screenshot("site-" + name + "-375.png");
    }

    @Test
    void typingUnoOffersUnodcAndChoosingItOpensItsPage() {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        browser.get(server.url() + "ontology");
        browser.findElement(By.id("site-q")).sendKeys("UNO");
        waiting().until(d -> d.findElements(By.cssSelector("#site-suggestions option")).stream()
                .anyMatch(o -> o.getDomProperty("value").startsWith("UNODC")));
        String label = browser.findElements(By.cssSelector("#site-suggestions option")).stream()
                .map(o -> o.getDomProperty("value")).filter(v -> v.startsWith("UNODC")).findFirst().orElseThrow();
        // What a choice from the list does: the box takes the option's value, in an input event without typing.
        ((JavascriptExecutor) browser).executeScript(
                "const q = document.getElementById('site-q'); q.value = arguments[0]; q.dispatchEvent(new Event('input'));", label);
        waiting().until(d -> d.getCurrentUrl().contains("/agency/unodc"));
    }
}
