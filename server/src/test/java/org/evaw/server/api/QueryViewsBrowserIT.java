package org.evaw.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.evaw.server.ChromiumDriver;
import org.evaw.server.CorpusInBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The views of a saved query's answer on /queries, clicked through in Chromium (issue 13, item 4):
 * a country query opens on the map with the corpus's countries filled, the activity timeline on the
 * timeline, and each view's download holds what the view shows. Downloads land in a folder of the
 * test's, where they are read back (and kept in target/screenshots/downloads); screenshots at 1280
 * and 375 px go to target/screenshots.
 */
class QueryViewsBrowserIT extends CorpusInBrowser {
    @TempDir
    static Path downloads;

    @BeforeAll
    static void downloadIntoAFolder() {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    }

    private static void run(String query) {
        browser.get(server.url() + "queries?q=" + query);
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        ChromiumDriver.runSavedQuery(browser);
        waiting().until(d -> !d.findElements(By.cssSelector("#results tbody tr")).isEmpty());
    }

    private static void shows(String view) {
        waiting().until(d -> view.equals(d.findElement(By.id("views")).getDomAttribute("data-view"))
                && "true".equals(d.findElement(By.id("views")).getDomAttribute("data-ready")));
    }

    /** The table's column named {@code name}, cell by cell. */
    private static List<String> column(String name) {
        List<String> heads = browser.findElements(By.cssSelector("#results thead th")).stream().map(WebElement::getText).toList();
        int i = heads.indexOf(name);
        assertTrue(i >= 0, name + " is not a column of " + heads);
        return browser.findElements(By.cssSelector("#results tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(i).getText()).toList();
    }

    /** Clicks the view's download link of this format and reads the file it saves. */
    private static byte[] download(String format) throws Exception {
        WebElement link = browser.findElement(By.cssSelector("#view-downloads a[data-format='" + format + "']"));
        Path file = downloads.resolve(link.getDomAttribute("download"));
        Files.deleteIfExists(file);
        link.click();
        waiting().until(d -> Files.exists(file) && !Files.exists(Path.of(file + ".crdownload")));
        // Kept beside the screenshots, to be looked at.
        Path kept = ChromiumDriver.SCREENSHOTS.resolve("downloads");
        Files.createDirectories(kept);
        Files.copy(file, kept.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return Files.readAllBytes(file);
    }

    @Test
    void aCountryQueryOpensOnAMapWithTheCountriesOfTheAnswerFilled() throws Exception {
        run("countries-of-agency");
        shows("map");
        assertEquals("true", browser.findElement(By.cssSelector(".view-choice button[data-view='map']")).getDomAttribute("aria-pressed"));
        List<WebElement> paths = browser.findElements(By.cssSelector("#view-figure svg.map path.country"));
        assertTrue(paths.size() > 150, "the world's countries are drawn: " + paths.size());
        Set<String> filled = new TreeSet<>();
        for (WebElement p : browser.findElements(By.cssSelector("#view-figure svg.map path.country.in-answer")))
            filled.add(p.getDomAttribute("data-m49"));
        Set<String> codes = new TreeSet<>(column("m49"));
        assertTrue(codes.size() > 5, "UNODC works in several countries of the corpus: " + codes);
        // Each country of the answer is filled, but for those too small for 1:110m, which the page lists.
        String note = browser.findElements(By.cssSelector("#view-figure .view-note")).stream().map(WebElement::getText).findFirst().orElse("");
        for (String code : codes)
            assertTrue(filled.contains(code) || note.contains("(" + code + ")"), code + " is neither filled nor listed");
        assertTrue(codes.containsAll(filled), "only the answer's countries are filled: " + filled);
        assertTrue(filled.contains("417"), "Kyrgyzstan (417), where the corpus has UNODC at work");
        WebElement title = browser.findElement(By.cssSelector("#view-figure svg.map > title"));
        assertTrue(title.getAttribute("textContent").contains("activities by country"), title.getAttribute("textContent"));
        assertFalse(browser.findElement(By.cssSelector("#view-figure svg.map > desc")).getAttribute("textContent").isBlank());
        assertTrue(browser.findElement(By.id("results")).isDisplayed(), "the table stays as the map's text alternative");
        screenshot("saved-query-map.png");

        String svg = new String(download("svg"), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml") && svg.contains("<svg") && svg.contains("xmlns=\"http://www.w3.org/2000/svg\""), svg.substring(0, 200));
        for (String code : filled)
            assertTrue(svg.contains("class=\"country in-answer\" data-m49=\"" + code + "\""), code + " is filled in the saved SVG");
        byte[] png = download("png");
        assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG of the map");
        String csv = new String(download("csv"), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).contains("\"m49\""), lines.get(0));
        assertEquals(column("m49").size() + 1, lines.size(), "a line a row, and the header");
    }

    @Test
    void theMapFitsANarrowScreen() throws Exception {
        browser.manage().window().setSize(new Dimension(375, 900));
        try {
            run("countries-of-agency");
            shows("map");
            Object overflow = browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0L, ((Number) overflow).longValue(), "nothing wider than a 375 px screen");
            Number mapWidth = (Number) browser.executeScript("return document.querySelector('#view-figure svg.map').getBoundingClientRect().width");
            assertTrue(mapWidth.doubleValue() > 300 && mapWidth.doubleValue() <= 375, "the map takes the screen's width: " + mapWidth);
            browser.executeScript("document.getElementById('views').scrollIntoView()");
            screenshot("saved-query-map-375.png");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1400));
        }
    }

    @Test
    void theActivityTimelineOpensOnATimelineOfItsPeriods() throws Exception {
        run("activity-timeline");
        shows("timeline");
        // One bar a reporting period (start and end), its count the sum of the table's rows for it.
        Map<String, Long> table = new TreeMap<>();
        List<String> starts = column("start"), ends = column("end"), counts = column("activities");
        for (int i = 0; i < starts.size(); i++)
            table.merge(starts.get(i) + "/" + ends.get(i), Long.parseLong(counts.get(i)), Long::sum);
        Map<String, Long> drawn = new TreeMap<>();
        for (WebElement bar : browser.findElements(By.cssSelector("#view-figure svg.timeline rect.period")))
            drawn.put(bar.getDomAttribute("data-start") + "/" + bar.getDomAttribute("data-end"), Long.parseLong(bar.getDomAttribute("data-count")));
        assertTrue(table.size() > 1, "the corpus has several reporting periods: " + table);
        assertEquals(table, drawn);
        screenshot("saved-query-timeline.png");
        String svg = new String(download("svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<svg") && svg.contains("class=\"period\""), svg.substring(0, Math.min(300, svg.length())));
        assertEquals(drawn.size(), svg.split("class=\"period\"", -1).length - 1, "every period is in the saved SVG");

        browser.manage().window().setSize(new Dimension(375, 900));
        try {
            run("activity-timeline");
            shows("timeline");
            Object overflow = browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0L, ((Number) overflow).longValue(), "nothing wider than a 375 px screen");
            browser.executeScript("document.getElementById('views').scrollIntoView()");
            screenshot("saved-query-timeline-375.png");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1400));
        }
    }

    /** Publications by year: a count, so it opens on the bar chart; the years also fit a timeline. */
    @Test
    void offersTheViewsThatFitAndDownloadsEach() throws Exception {
        run("publications-by-year");
        shows("bar");
        List<String> offered = browser.findElements(By.cssSelector(".view-choice button")).stream()
                .map(b -> b.getDomAttribute("data-view")).toList();
        assertEquals(List.of("table", "bar", "timeline"), offered, "no map: the answer has no country codes");
        byte[] png = download("png");
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG of the chart");

        browser.findElement(By.cssSelector(".view-choice button[data-view='timeline']")).click();
        shows("timeline");
        assertFalse(browser.findElement(By.id("chart-box")).isDisplayed(), "the bar chart gives way to the timeline");
        List<String> years = column("year");
        List<String> bars = browser.findElements(By.cssSelector("#view-figure svg.timeline rect.period")).stream()
                .map(b -> b.getDomAttribute("data-start")).toList();
        assertEquals(years, bars, "one column a year of the answer");

        browser.findElement(By.cssSelector(".view-choice button[data-view='table']")).click();
        shows("table");
        assertTrue(browser.findElements(By.cssSelector("#view-figure svg")).isEmpty());
        String csv = new String(download("csv"), StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>(List.of("\"year\",\"publications\""));
        List<String> counts = column("publications");
        for (int i = 0; i < years.size(); i++)
            expected.add("\"" + years.get(i) + "\",\"" + counts.get(i) + "\"");
        assertEquals(expected, csv.lines().toList(), "the CSV holds the table");
    }

    /**
     * A browser with no network but this server (every other request goes to a proxy that is not
     * there; loopback bypasses proxies) runs a country query and draws its map.
     */
    @Test
    void thePageWorksWithNoNetworkBeyondTheServer(@TempDir Path work) throws Exception {
        ChromeDriver cutOff = ChromiumDriver.start(work, 1280, 1400, "--proxy-server=http://127.0.0.1:9");
        try {
            WebDriverException elsewhere = assertThrows(WebDriverException.class, () -> cutOff.get("http://example.org/"));
            assertTrue(elsewhere.getMessage().contains("ERR_PROXY_CONNECTION_FAILED"), "the browser reaches nothing else: " + elsewhere.getMessage());
            cutOff.get(server.url() + "queries?q=countries-of-agency");
            ChromiumDriver.waiting(cutOff).until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            cutOff.findElement(By.id("run")).click();
            ChromiumDriver.waiting(cutOff).until(d -> "map".equals(d.findElement(By.id("views")).getDomAttribute("data-view"))
                    && "true".equals(d.findElement(By.id("views")).getDomAttribute("data-ready")));
            assertTrue(cutOff.findElements(By.cssSelector("#view-figure svg.map path.country")).size() > 150, "the world is drawn");
            assertFalse(cutOff.findElements(By.cssSelector("#view-figure svg.map path.country.in-answer")).isEmpty(), "and the answer's countries");
        } finally {
            cutOff.quit();
        }
    }

    /** A link that names a view (?view=timeline) opens the answer on it, over the one the query names. */
    @Test
    void aLinkThatNamesAViewOpensOnIt() throws Exception {
        run("countries-of-agency&view=table");
        shows("table");
        run("publications-by-year&view=timeline");
        shows("timeline");
        run("publications-by-year&view=map");
        shows("bar");
    }

    /** When the boundaries do not load, the map view says so in a sentence, and the table stays. */
    @Test
    void aMapThatCannotBeDrawnSaysSo() throws Exception {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*countries-110m.json*")));
        try {
            run("countries-of-agency");
            waiting().until(d -> "true".equals(d.findElement(By.id("views")).getDomAttribute("data-ready")));
            WebElement alert = browser.findElement(By.cssSelector("#view-figure [role='alert']"));
            assertTrue(alert.getText().startsWith("The map could not be drawn"), alert.getText());
            assertTrue(browser.findElements(By.cssSelector("#view-figure svg")).isEmpty());
            assertFalse(browser.findElements(By.cssSelector("#results tbody tr")).isEmpty(), "the table still holds the answer");
        } finally {
            browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
    }

    /** A column named start that holds offsets in a text (nif:beginIndex), not times, is no timeline. */
    @Test
    void numbersThatLookLikeYearsAreNoTimeline() throws Exception {
        run("activities-by-form-of-violence-and-region");
        waiting().until(d -> "true".equals(d.findElement(By.id("views")).getDomAttribute("data-ready")));
        List<String> offered = browser.findElements(By.cssSelector(".view-choice button")).stream()
                .map(b -> b.getDomAttribute("data-view")).toList();
        assertFalse(offered.contains("timeline") || offered.contains("map"), "offered: " + offered);
    }

    /** Every file the page and its map load comes from this server: it works with no other network. */
    @Test
    void thePageAndItsMapLoadNothingFromElsewhere() throws Exception {
        run("countries-of-agency");
        shows("map");
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                + ".concat([...document.querySelectorAll('script[src], link[href]')].map(e => e.src || e.href))");
        URI self = URI.create(server.url());
        assertTrue(loaded.stream().anyMatch(u -> u.endsWith("/assets/views/countries-110m.json")), "the boundaries are loaded: " + loaded);
        for (String url : loaded) {
            URI u = URI.create(url);
            assertEquals(self.getScheme() + "://" + self.getAuthority(), u.getScheme() + "://" + u.getAuthority(), url);
        }
        for (String asset : Stream.of("d3-array.min.js", "d3-geo.min.js", "topojson-client.min.js", "countries-110m.json").toList()) {
            var response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(self.resolve("/assets/views/" + asset)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), asset);
            assertTrue(response.body().length > 1000, asset);
        }
    }
}
