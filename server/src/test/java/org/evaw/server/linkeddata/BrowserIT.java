package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML pages as a person sees them, in Debian's headless Chromium: a label that is markup
 * shows as text and runs nothing, and the pages render (screenshots are kept under
 * {@code target/screenshots/} to look at).
 */
class BrowserIT {
    private static final LiveServer SERVER = LiveServer.get();
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static List<String> chromium(Path profile, String... args) {
        List<String> command = new ArrayList<>(List.of(TestTools.require(TestTools.CHROMIUM, "Chromium").toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath()));
        command.addAll(List.of(args));
        return command;
    }

    private static String dom(Path profile, String url) {
        TestTools.Run run = TestTools.run(chromium(profile, "--dump-dom", url), 120);
        assertEquals(0, run.exit(), run.err());
        return run.out();
    }

    private static Path screenshot(Path profile, String url, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve(name + ".png").toAbsolutePath();
        Files.deleteIfExists(png);
        TestTools.Run run = TestTools.run(chromium(profile, "--screenshot=" + png, "--window-size=1280,2000", url), 120);
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isRegularFile(png), "no screenshot at " + png + ": " + run.err());
        return png;
    }

    @Test
    void aMarkupLabelShowsAsTextAndRunsNothing(@TempDir Path profile) throws IOException {
        String url = SERVER.url("/id/agency/script-test");
        String dom = dom(profile, url);
        assertTrue(dom.contains("&lt;script&gt;document.documentElement.setAttribute('data-pwned','yes')&lt;/script&gt;&lt;b&gt;Bold&lt;/b&gt; Agency"),
                "the label is shown as text: " + dom);
        assertTrue(dom.contains("&lt;img src=x onerror=\"document.title='pwned'\"&gt;"), "the alternative label is shown as text");
        // The only script is the site's own search box script, from /assets (the navigation has it on every page).
        assertFalse(dom.replace("<script src=\"/assets/search.js\" defer=\"\"></script>", "").contains("<script"),
                "no script element but the site's own reached the page");
        assertFalse(dom.contains("<img"), "no image element reached the page");
        assertFalse(dom.contains("data-pwned=\"yes\""), "no script ran");
        assertFalse(dom.contains("<title>pwned"), "no handler ran");
        assertTrue(dom.contains("<h1>&lt;script&gt;"), "the label is the page's heading");

        Path png = screenshot(profile, url, "script-label");
        assertNonTrivialPicture(png);
    }

    @Test
    void entityPagesRender(@TempDir Path profile) throws IOException {
        String dom = dom(profile, SERVER.url("/id/agency/unodc"));
        assertTrue(dom.contains("<h1>United Nations Office on Drugs and Crime</h1>"));
        assertTrue(dom.contains("Activities by reporting period"), "the timeline");
        assertTrue(dom.contains("<mark class=\"own\""), "the agency's own mentions are marked in the passages");
        assertTrue(dom.contains("type=\"text/turtle\""), "a download link for Turtle");
        for (String page : List.of("/id/agency/unodc", "/id/activity/001-62342d8e6123a918-12", "/ontology", "/.well-known/void",
                "/concept/violence/trafficking-in-persons"))
            assertNonTrivialPicture(screenshot(profile, SERVER.url(page), page.substring(1).replaceAll("[^a-z0-9]+", "-")));
    }

    private static void assertNonTrivialPicture(Path png) throws IOException {
        assertTrue(Files.size(png) > 20_000, png + " is only " + Files.size(png) + " bytes");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7)
            for (int x = 0; x < image.getWidth(); x += 7)
                colours.add(image.getRGB(x, y));
        assertTrue(colours.size() > 50, png + " has only " + colours.size() + " colours: a blank or broken page");
    }
}
