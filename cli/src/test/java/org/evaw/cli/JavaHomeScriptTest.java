package org.evaw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/java-home}, which the launcher, CI, the benchmarks and the standalone Fuseki
 * source to find a JDK 21+: over a directory of stand-in JDKs ({@code EVAW_JVM_DIR}), with a PATH
 * that holds no {@code javac}, so that the machine's own JDKs do not count.
 */
class JavaHomeScriptTest {
    private static final Path SCRIPT = Path.of("../scripts/java-home").toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void takesJavaHomeWhenItIsTwentyOneOrNewer() throws Exception {
        Path own = jdk(work.resolve("own-jdk"), "22.0.1");
        jdk(jvms().resolve("temurin-25-jdk-amd64"), "25.0.3");
        Result r = source(own);
        assertEquals(0, r.exit, r.err);
        assertEquals(own + " 22", r.out.strip());
    }

    @Test
    void passesOverAnOlderJavaHomeToTemurinTwentyFiveThenTheNewestThere() throws Exception {
        Path old = jdk(work.resolve("old-jdk"), "17.0.15");
        jdk(jvms().resolve("java-11-openjdk-amd64"), "11.0.2");
        jdk(jvms().resolve("java-21-openjdk-amd64"), "21.0.5");
        Path newest = jdk(jvms().resolve("java-23-openjdk-amd64"), "23");
        assertEquals(newest + " 23", source(old).out.strip());
        Path temurin = jdk(jvms().resolve("temurin-25-jdk-amd64"), "25.0.3");
        assertEquals(temurin + " 25", source(old).out.strip());
    }

    @Test
    void saysClearlyWhenThereIsNoneAndFails() throws Exception {
        Path old = jdk(work.resolve("old-jdk"), "17.0.15");
        jdk(jvms().resolve("java-17-openjdk-amd64"), "17.0.15");
        Result r = source(old);
        assertEquals(1, r.exit, r.out);
        assertTrue(r.err.startsWith("evaw-kg: no JDK 21 or newer found"), r.err);
        assertTrue(r.err.contains("JAVA_HOME=" + old + " is Java 17"), r.err);
        assertTrue(r.err.contains("install a JDK 21+"), r.err);
        assertEquals("", r.out);
    }

    private Path jvms() throws IOException {
        return Files.createDirectories(work.resolve("jvm"));
    }

    /** A stand-in JDK: bin/java, bin/javac and the release file that names its version. */
    private static Path jdk(Path home, String version) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        for (String tool : List.of("java", "javac")) {
            Path file = bin.resolve(tool);
            Files.writeString(file, "#!/bin/sh\nexit 0\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    private record Result(int exit, String out, String err) {}

    /** Sources the script in a strict bash, as the project's scripts do, and prints what it chose. */
    private Result source(Path javaHome) throws Exception {
        Path tools = Files.createDirectories(work.resolve("tools"));
        for (String tool : List.of("sed", "sort", "readlink", "dirname")) {
            Path link = tools.resolve(tool);
            if (!Files.exists(link))
                Files.createSymbolicLink(link, Path.of("/usr/bin", tool));
        }
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c",
                "set -euo pipefail; source \"$1\" || exit 1; echo \"$JAVA_HOME $EVAW_JAVA_VERSION\"", "bash", SCRIPT.toString());
        Map<String, String> env = pb.environment();
        env.put("PATH", tools.toString());
        env.put("EVAW_JVM_DIR", jvms().toString());
        env.put("JAVA_HOME", javaHome.toString());
        Path out = work.resolve("out"), err = work.resolve("err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the script finished");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
