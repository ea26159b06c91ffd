package org.evaw.server.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.evaw.server.ChromiumDriver;
import org.evaw.server.CorpusInBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Every kind of HTML page the server makes, checked in Chromium by the axe-core accessibility
 * engine (pinned in {@code src/test/js/package.json}, installed by {@code scripts/install-test-tools})
 * against WCAG 2.0, 2.1 and 2.2 A and AA and axe's best practices, at 1280 and 375 pixels wide:
 * no violation of serious or critical impact, and nothing wider than the screen. Each page's full
 * report goes to {@code target/axe/NAME-WIDTH.json} and its screenshot to
 * {@code target/screenshots/page-NAME-WIDTH.png}. What axe cannot see is checked too: every control
 * reached by the Tab key shows it has the focus (WCAG 2.4.7).
 */
class AccessibilityBrowserIT extends CorpusInBrowser {
    private static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");
    private static final Path REPORTS = Path.of("target/axe");
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    private static String axe;
    private static String activity;

    @BeforeAll
    static void loadAxeAndFindAnActivity() throws Exception {
        assertTrue(Files.isReadable(AXE), "axe-core is missing: run scripts/install-test-tools (npm ci in server/src/test/js)");
        axe = Files.readString(AXE);
        Files.createDirectories(REPORTS);
        Query first = QueryFactory.create("PREFIX evaw: <https://w3id.org/evaw-kg/ontology#> "
                + "SELECT ?a { ?a a evaw:Activity ; evaw:leadAgency [] ; evaw:country [] } ORDER BY ?a LIMIT 1");
        activity = Txn.calculateRead(store, () -> {
            try (QueryExec exec = QueryExec.dataset(store).query(first).build()) {
                return exec.select().next().get("a").getURI();
            }
        });
    }

    /** Each kind of page: a name, and its path (null for an activity's page, found in the store). */
    private static final String[][] KINDS = {
        {"home", ""},
        {"agency", "page/agency/unodc"},
        {"activity", null},
        {"concept", "page/concept/violence/trafficking-in-persons"},
        {"ontology", "ontology"},
        {"void", ".well-known/void"},
        {"service", "service-description"},
        {"downloads", "dumps/"},
        {"queries", "queries"},
        {"queries-map", "queries?q=countries-of-agency&agency=UNODC&view=map"},
        {"queries-timeline", "queries?q=activity-timeline&view=timeline"},
        {"editor", "sparql-editor"},
        {"search", "search?q=trafficking"},
        {"search-nothing", "search?q=zzyzzxq"},
        {"activities", "activities"},
        {"activities-selected", "activities?region=asia"},
        {"activities-bad", "activities?agency=nosuchagency"},
        {"not-found", "no/such/page"},
        {"preview", "reconcile/preview?id=" + URLEncoder.encode("http://localhost:3030/id/agency/unodc", StandardCharsets.UTF_8)},
    };

    static Stream<Arguments> pages() {
        List<Arguments> pages = new ArrayList<>();
        for (int width : new int[] {1280, 375})
            for (String[] kind : KINDS)
                pages.add(Arguments.of(kind[0], kind[1], width));
        return pages.stream();
    }

    static Stream<Arguments> pagesAt1280() {
        return Stream.of(KINDS).map(kind -> Arguments.of(kind[0], kind[1]));
    }

    @ParameterizedTest(name = "{0} at {2} px")
    @MethodSource("pages")
    void axeFindsNoSeriousOrCriticalViolation(String name, String path, int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 1400));
        browser.get(path != null ? server.url() + path : activityPage());
        waitUntilTheScriptsHaveDrawn(name);
        JavascriptExecutor js = browser;
        js.executeScript(axe);
        @SuppressWarnings("unchecked")
        Map<String, Object> results = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}))}))"
                + ".catch(e => done({error: String(e)}));", TAGS);
        assertTrue(!results.containsKey("error"), name + ": axe failed: " + results.get("error"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) results.get("violations");
        Files.writeString(REPORTS.resolve(name + "-" + width + ".json"), String.valueOf(violations));
        ChromiumDriver.screenshot(browser, "page-" + name + "-" + width + ".png");
        List<Map<String, Object>> grave = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .toList();
        assertTrue(grave.isEmpty(), name + " at " + width + " px: " + grave);
        List<?> widths = (List<?>) js.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        assertTrue(((Number) widths.get(0)).longValue() <= ((Number) widths.get(1)).longValue(),
                name + " at " + width + " px: nothing wider than the screen (scroll width, client width): " + widths);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesAt1280")
    void everyControlReachedByTabShowsItHasTheFocus(String name, String path) throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        browser.get(path != null ? server.url() + path : activityPage());
        waitUntilTheScriptsHaveDrawn(name);
        JavascriptExecutor js = browser;
        js.executeScript("document.activeElement && document.activeElement.blur(); window.getSelection().removeAllRanges();");
        List<String> unseen = new ArrayList<>();
        int reached = 0;
        for (int i = 0; i < 40; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            // An outline, or YASGUI's and CodeMirror's own cursor for the text area it hides off-screen.
            String seen = (String) js.executeScript(
                    "const e = document.activeElement; if (!e || e === document.body) return 'none';"
                    + "if (e.closest('.CodeMirror')) return 'editor';"
                    + "const s = getComputedStyle(e);"
                    + "return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? 'seen'"
                    + " : e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + (e.textContent || '').trim().slice(0, 30);");
            if (seen.equals("none"))
                continue;
            reached++;
            if (!seen.equals("seen") && !seen.equals("editor") && !unseen.contains(seen))
                unseen.add(seen);
        }
        assertTrue(reached > 0, name + ": Tab reaches something");
        assertTrue(unseen.isEmpty(), name + ": focused without a visible outline: " + unseen);
    }

    /** The activity's page on this server, under the corpus's base. */
    private static String activityPage() {
        return server.url() + activity.replaceFirst("^https?://[^/]+/id/", "page/");
    }

    /** The saved queries' page and the editor have each run their first query and drawn its answer (a map or timeline for a shared link that names one). */
    private static void waitUntilTheScriptsHaveDrawn(String name) {
        switch (name) {
            case "queries" -> {
                waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
                ChromiumDriver.runSavedQuery(browser);
                waiting().until(d -> !d.findElements(By.cssSelector("#results tbody tr")).isEmpty());
            }
            case "queries-map", "queries-timeline" -> // a shared link runs its query and draws its view
                waiting().until(d -> !d.findElements(By.cssSelector(".view-figure svg")).isEmpty());
            case "editor" -> {
                waiting().until(d -> !d.findElements(By.cssSelector("#yasgui .yasqe_queryButton")).isEmpty());
                browser.findElement(By.cssSelector("#yasgui .yasqe_queryButton")).click();
                waiting().until(d -> !d.findElements(By.cssSelector("#yasgui .yasr table tbody tr")).isEmpty());
            }
            default -> { }
        }
    }
}
