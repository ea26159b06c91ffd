package org.evaw.server.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.evaw.server.CorpusInBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * {@code /activities} in a real browser (Debian's Chromium and its chromedriver): choosing a facet
 * value, by mouse or by keyboard, changes the counts and puts the value in the URL; Back returns to
 * the selection before; an activity's link opens its page; the page fits 375 pixels. Screenshots
 * at 1280 and 375 pixels in {@code target/screenshots}.
 */
class ActivitiesBrowserIT extends CorpusInBrowser {
    private static final By TOTAL = By.id("total");
    private static final By ASIA = By.cssSelector("a[data-facet=region][data-value=asia]");
    private static final By TRAFFICKING = By.cssSelector("a[data-facet=form][data-value=trafficking-in-persons]");

    @Test
    void choosingFacetValuesNarrowsAndBackReturnsThenAnActivityOpensItsPage() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        browser.get(server.url() + "activities");
        long all = total();
        String asiaCount = browser.findElement(ASIA).findElement(By.className("count")).getText();
        screenshot("activities-1280.png");

        browser.findElement(ASIA).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/activities?region=asia"));
        assertEquals(Long.parseLong(asiaCount), total(), "the page holds as many as the value's count said");
        assertTrue(total() < all, "choosing Asia narrows");
        assertEquals("true", browser.findElement(ASIA).getDomAttribute("aria-current"), "Asia shows as chosen");
        String traffickingInAsia = browser.findElement(TRAFFICKING).findElement(By.className("count")).getText();

        // By keyboard: the value's link takes focus and Enter follows it.
        WebElement link = browser.findElement(TRAFFICKING);
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", link);
        assertEquals(link, browser.switchTo().activeElement(), "a facet value takes the focus");
        link.sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().endsWith("/activities?region=asia&form=trafficking-in-persons"));
        assertEquals(Long.parseLong(traffickingInAsia), total());
        screenshot("activities-chosen-1280.png");

        browser.navigate().back();
        waiting().until(d -> d.getCurrentUrl().endsWith("/activities?region=asia"));
        assertEquals(Long.parseLong(asiaCount), total(), "Back shows Asia alone again");
        browser.navigate().back();
        waiting().until(d -> d.getCurrentUrl().endsWith("/activities"));
        assertEquals(all, total(), "and then every activity");
        browser.navigate().forward();
        waiting().until(d -> d.getCurrentUrl().endsWith("/activities?region=asia"));

        WebElement activity = browser.findElement(By.cssSelector("table.activities a.activity"));
        String href = activity.getDomAttribute("href");
        assertTrue(href.startsWith("/page/activity/"), href);
        activity.click();
        waiting().until(d -> d.getCurrentUrl().endsWith(href));
        assertTrue(browser.findElement(By.tagName("h1")).isDisplayed(), "the activity's page");
    }

    @Test
    void aBadParameterSaysWhyOnThePage() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        browser.get(server.url() + "activities?agency=nobody");
        WebElement alert = browser.findElement(By.cssSelector("[role=alert]"));
        assertTrue(alert.getText().contains("No activity has the lead agency 'nobody'"), alert.getText());
        assertTrue(browser.findElements(By.tagName("table")).isEmpty());
        screenshot("activities-error-1280.png");
    }

    @Test
    void fitsA375PixelScreen() throws Exception {
        browser.manage().window().setSize(new Dimension(375, 1400));
        browser.get(server.url() + "activities?region=asia");
        List<?> widths = (List<?>) ((JavascriptExecutor) browser).executeScript(
                "const w = document.documentElement.clientWidth;"
                + "return [document.documentElement.scrollWidth, w, [...document.querySelectorAll('main *')]"
                + ".filter(e => e.getBoundingClientRect().right > w + 1).slice(0, 8)"
                + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))];");
        assertTrue(((Number) widths.get(0)).longValue() <= ((Number) widths.get(1)).longValue(),
                "nothing wider than the screen (scroll width, client width, widest elements): " + widths);
        assertTrue(browser.findElement(ASIA).isDisplayed(), "the facets show");
        assertTrue(browser.findElement(By.cssSelector("table.activities a.activity")).isDisplayed(), "and the rows");
        screenshot("activities-375.png");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('table.activities').scrollIntoView();");
        screenshot("activities-table-375.png");
    }

    private static long total() {
        return Long.parseLong(browser.findElement(TOTAL).getDomAttribute("data-total"));
    }
}
