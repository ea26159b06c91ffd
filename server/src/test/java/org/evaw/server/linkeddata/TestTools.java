package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The third-party programs the tests drive (Chromium, Python rdflib, Comunica), installed by
 * {@code scripts/install-test-tools}. A test whose tool is missing fails and says how to install
 * it; none is skipped.
 */
final class TestTools {
    static final String INSTALL = "run scripts/install-test-tools (from the repository root) to install it";

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path COMUNICA = Path.of("src/test/js/node_modules/.bin/comunica-sparql");

    private TestTools() {}

    static Path require(Path tool, String what) {
        if (!Files.isExecutable(tool))
            fail(what + " is missing (" + tool.toAbsolutePath() + "): " + INSTALL);
        return tool;
    }

    /** What a finished program printed. */
    record Run(int exit, String out, String err) {}

    static Run run(List<String> command, long timeoutSeconds) {
        try {
            Path out = Files.createTempFile("evaw-tool", ".out");
            Path err = Files.createTempFile("evaw-tool", ".err");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail(command.get(0) + " did not finish in " + timeoutSeconds + " s");
            }
            Run run = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return run;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
