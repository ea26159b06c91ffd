package org.evaw.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (Selenium), as every click-through test
 * starts it: installed by {@code scripts/install-test-tools}; a test fails, never skips, without it.
 * Screenshots go to {@code target/screenshots}.
 */
public final class ChromiumDriver {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private ChromiumDriver() {}

    /**
     * A headless browser of a fresh profile in {@code work}, its window {@code width} × {@code height},
     * with any {@code more} command-line switches (a proxy that cuts it off from the network).
     */
    public static ChromeDriver start(Path work, int width, int height, String... more) throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are missing: run scripts/install-test-tools");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory(work, "chromium"));
        options.addArguments(more);
        Files.createDirectories(SCREENSHOTS);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    /**
     * A wait of up to 20 s, long enough for a loaded machine. It asks again when an element it read
     * was replaced between finding and reading it: the pages redraw their tables while a test waits.
     */
    public static WebDriverWait waiting(ChromeDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Runs the saved query on the page at {@code /queries} and waits for this run's answer. A page
     * opened with {@code ?q=} has already run the query once, and its table stays until the new one
     * replaces it; the click sets the status to "Running…" before it returns, so "N rows" there is
     * this run's.
     */
    public static void runSavedQuery(ChromeDriver browser) {
        browser.findElement(By.id("run")).click();
        waiting(browser).until(d -> d.findElement(By.id("status")).getText().matches("\\d+ rows?"));
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME}. */
    public static void screenshot(ChromeDriver browser, String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
