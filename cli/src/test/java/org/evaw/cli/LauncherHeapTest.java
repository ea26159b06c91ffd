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
 * Issue 15, item 5: {@code bin/evaw-kg} runs Java with a stated heap, 1 GiB unless
 * {@code EVAW_HEAP} or a {@code -Xmx} of {@code JAVA_OPTS} says otherwise. The launcher and
 * {@code scripts/java-home} are copied into a home of their own, with a jar that is up to date (no
 * sources to be newer) and a stand-in JDK whose {@code java} prints the arguments it was given.
 */
class LauncherHeapTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void servesWithAOneGibibyteHeapByDefault() throws Exception {
        assertEquals("-Xmx1g -Devaw.home=HOME -jar HOME/cli/target/evaw-kg.jar serve --port 0", launch(Map.of()));
    }

    @Test
    void takesTheHeapFromEvawHeap() throws Exception {
        assertEquals("-Xmx4g -Devaw.home=HOME -jar HOME/cli/target/evaw-kg.jar serve --port 0", launch(Map.of("EVAW_HEAP", "4g")));
    }

    @Test
    void leavesAnXmxOfJavaOptsAlone() throws Exception {
        String args = launch(Map.of("JAVA_OPTS", "-Xmx2g -Dx=y", "EVAW_HEAP", "4g"));
        assertEquals("-Xmx2g -Dx=y -Devaw.home=HOME -jar HOME/cli/target/evaw-kg.jar serve --port 0", args);
        assertTrue(!args.contains("-Xmx1g") && !args.contains("-Xmx4g"), args);
    }

    /** The arguments the launcher gives Java for {@code serve --port 0}, its home written HOME. */
    private String launch(Map<String, String> environment) throws Exception {
        Path home = work.resolve("home");
        for (String file : List.of("bin/evaw-kg", "scripts/java-home")) {
            Path copy = home.resolve(file);
            Files.createDirectories(copy.getParent());
            Files.copy(PROJECT.resolve(file), copy);
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.createDirectories(home.resolve("cli/target"));
        Files.writeString(home.resolve("cli/target/evaw-kg.jar"), "a jar");
        Path jdk = work.resolve("jdk");
        for (String tool : List.of("java", "javac"))
            executable(jdk.resolve("bin").resolve(tool), "#!/bin/sh\necho \"$@\"\n");
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"21.0.5\"\n");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/evaw-kg").toString(), "serve", "--port", "0");
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("EVAW_HEAP");
        pb.environment().put("JAVA_HOME", jdk.toString());
        pb.environment().put("EVAW_JVM_DIR", work.resolve("no-jvms").toString());
        pb.environment().putAll(environment);
        Path out = work.resolve("out"), err = work.resolve("err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher finished");
        assertEquals(0, p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        return Files.readString(out, StandardCharsets.UTF_8).strip().replace(home.toString(), "HOME");
    }

    private static void executable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
