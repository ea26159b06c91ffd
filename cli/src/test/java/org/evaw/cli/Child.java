package org.evaw.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evaw-kg command in a JVM of its own, as a user runs it, so that a test can kill it, fill its
 * disk or take its store away without taking the test's JVM with it. Output goes to files beside
 * the work directory.
 */
final class Child {
    private static final Pattern SERVING = Pattern.compile("serving (http://localhost:\\d+/)");

    final Process process;
    final Path out;
    final Path err;

    private Child(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    static Child start(Path work, String name, String... args) throws IOException {
        return start(work, name, List.of("-Xmx1g"), args);
    }

    /** As {@link #start(Path, String, String...)}, with the JVM options given (a heap size, say). */
    static Child start(Path work, String name, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), EvawKg.class.getName()));
        command.addAll(List.of(args));
        Path out = work.resolve(name + ".out"), err = work.resolve(name + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Child(p, out, err);
    }

    /** Runs the command to its end, at most {@code seconds}; its exit code. */
    static Child run(Path work, String name, int seconds, String... args) throws Exception {
        Child c = start(work, name, args);
        if (!c.process.waitFor(seconds, TimeUnit.SECONDS)) {
            c.process.destroyForcibly().waitFor();
            throw new AssertionError(name + " did not finish in " + seconds + " s: " + c.err());
        }
        return c;
    }

    int exitCode() { return process.exitValue(); }

    /**
     * For a child running {@code serve --port 0}: waits until it says where it serves, at most
     * {@code seconds}, and gives that root URL on 127.0.0.1.
     */
    String awaitServing(int seconds) throws InterruptedException {
        Matcher serving = SERVING.matcher("");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!serving.reset(err()).find()) {
            if (!process.isAlive())
                throw new AssertionError("the server stopped before it served: " + err());
            if (System.nanoTime() > deadline)
                throw new AssertionError("the server did not serve within " + seconds + " s: " + err());
            Thread.sleep(200);
        }
        return serving.group(1).replace("localhost", "127.0.0.1");
    }

    /** Stops the child (SIGTERM, then SIGKILL after 20 s). */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS))
            process.destroyForcibly().waitFor();
    }

    String out() { return read(out); }

    String err() { return read(err); }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
