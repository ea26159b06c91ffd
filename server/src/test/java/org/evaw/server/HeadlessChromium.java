package org.evaw.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, one run per page: the DOM after the page's scripts have run
 * ({@code --dump-dom}), or a screenshot. Installed by {@code scripts/install-test-tools}; a test
 * fails, never skips, without it.
 */
final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {}

    static String dumpDom(Path work, String url) throws Exception {
        return run(work, "--dump-dom", url);
    }

    static Path screenshot(Path work, String url, Path png) throws Exception {
        Files.createDirectories(png.getParent());
        run(work, "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,1400", url);
        return png;
    }

    private static String run(Path work, String... args) throws Exception {
        if (!Files.isExecutable(CHROMIUM))
            fail("Chromium is missing (" + CHROMIUM + "): run scripts/install-test-tools");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(work, "chromium")));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "chromium", ".out"), err = Files.createTempFile(work, "chromium", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("Chromium did not finish in 120 s: " + String.join(" ", args));
        }
        assertEquals(0, p.exitValue(), () -> "Chromium failed: " + read(err));
        return read(out);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable)";
        }
    }
}
