package org.evaw.server;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every click-through test starts before its first test and stops after its last: the
 * bundled corpus in a TDB2 store, a server on a free port over it, and a headless Chromium
 * ({@link ChromiumDriver}), 1280 × 1400 pixels until a test sizes it otherwise.
 */
public abstract class CorpusInBrowser {
    protected static DatasetGraph store;
    protected static EvawServer server;
    protected static ChromeDriver browser;

    @BeforeAll
    static void startServerAndBrowser(@TempDir Path dir) throws Exception {
        store = CorpusStore.create(dir.resolve("tdb2"));
        server = EvawServer.create().port(0).dataset(store).build().start();
        browser = ChromiumDriver.start(dir, 1280, 1400);
    }

    @AfterAll
    static void stopServerAndBrowser() {
        if (browser != null)
            browser.quit();
        if (server != null)
            server.stop();
    }

    protected static WebDriverWait waiting() {
        return ChromiumDriver.waiting(browser);
    }

    protected static void screenshot(String name) throws Exception {
        ChromiumDriver.screenshot(browser, name);
    }
}
