package org.evaw.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line's surface as a user meets it: help and version on every command, usage errors
 * as one line with exit code 2, options that exclude each other, and output only on the command
 * line's own writers.
 */
class UsageTest {
    private static final List<String> COMMANDS = List.of("build", "extract", "load", "serve", "query", "queries",
            "validate", "eval", "generate", "train-names", "cross-validate", "check-gold");

    @TempDir
    Path work;

    @Test
    void everyCommandInheritsHelpAndVersion() {
        for (String command : COMMANDS) {
            Run help = Run.of(command, "--help");
            Run version = Run.of(command, "-V");
            assertAll(command,
                    () -> assertEquals(0, help.exitCode()),
                    () -> assertTrue(help.out().startsWith("Usage: evaw-kg " + command + " [-hV]"), help.out()),
                    () -> assertTrue(help.out().contains("-h, --help") && help.out().contains("-V, --version"), help.out()),
                    () -> assertEquals("", help.err()),
                    () -> assertEquals(0, version.exitCode()),
                    () -> assertTrue(version.out().startsWith("evaw-kg "), version.out()));
        }
        Run help = Run.of("help", "load");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().startsWith("Usage: evaw-kg load"), help.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"query --no-such-option", "", "no-such-command", "load", "generate --out x",
            "query --sparql ASK{} --saved agencies-in-country", "build --threads many", "build --sparql-every 0"})
    void usageErrorsExitWithTwoAndOneLineNamingTheCommand(String args) {
        Run run = Run.of(args.isEmpty() ? new String[0] : args.split(" "));
        assertAll(args,
                () -> assertEquals(2, run.exitCode(), run.err()),
                () -> assertEquals(1, run.err().lines().count(), run.err()),
                () -> assertTrue(run.err().startsWith("evaw-kg"), run.err()),
                () -> assertTrue(run.err().strip().endsWith(" --help')"), run.err()),
                () -> assertEquals("", run.out()));
    }

    @Test
    void dbAndEndpointAreExclusive() {
        for (String command : List.of("load", "query")) {
            Run run = Run.of(command, "--db", work.resolve("db").toString(), "--endpoint", "http://localhost:1/ds",
                    command.equals("load") ? "x.nq" : "--sparql=ASK {}");
            assertEquals(2, run.exitCode(), run.err());
            assertEquals("evaw-kg " + command + ": --db=DIR, --endpoint=URL are mutually exclusive (specify only one)"
                    + " (see 'evaw-kg " + command + " --help')", run.err().strip());
        }
        assertTrue(Run.of("load", "--help").out().contains("[--db=DIR | --endpoint=URL]"));
    }

    @Test
    void pageAndAllAreExclusive() {
        Run run = Run.of("query", "--saved", "entities-of-type", "--page", "2", "--all");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--page=N, --all are mutually exclusive"), run.err());
    }

    @Test
    void badOptionValuesAreUsageErrorsThatSayWhy() {
        String db = work.resolve("db").toString();
        assertAll(
                () -> assertUsageError(Run.of("build", "--base", "http://example.org/no-slash", "--out", work.resolve("x.nq").toString()),
                        "Invalid value for option '--base': base IRI must end with '/'"),
                () -> assertUsageError(Run.of("extract", "--json", "--reference", work.resolve("none").toString(), "x.txt"),
                        "--reference " + work.resolve("none") + ": not a directory"),
                () -> assertUsageError(Run.of("build", "--out", work.resolve("x.ttl").toString()), "--out must name a quads file"),
                () -> assertUsageError(Run.of("load", "--db", db, "--graph", "not an iri", "x.nq"), "--graph must be an absolute IRI"),
                () -> assertUsageError(Run.of("query", "--db", db, "--saved", "no-such-query"), "no saved query 'no-such-query'"),
                () -> assertUsageError(Run.of("query", "--db", db, "--format", "yaml", "--sparql", "ASK {}"), "--format: unknown format 'yaml'"),
                () -> assertUsageError(Run.of("query", "--db", db, "--saved", "agencies-in-country", "-p", "nation=VNM"),
                        "has no parameter 'nation'"),
                () -> assertUsageError(Run.of("eval", "--gold", work.resolve("none").toString()), "--gold " + work.resolve("none") + ": not a directory"),
                () -> assertUsageError(Run.of("extract", "--json", "--recogniser", "learnt-only", "x.txt"),
                        "unknown recogniser 'learnt-only': one of rules, rules+learnt"),
                () -> assertUsageError(Run.of("train-names", "--corpus", work.toString(), "--gold", work.resolve("none").toString(),
                        "--out", work.resolve("m.bin").toString()), "--gold " + work.resolve("none") + ": not a directory"),
                () -> assertUsageError(Run.of("cross-validate", "--corpus", work.toString(), "--gold", work.toString(), "--folds", "1"),
                        "--folds 1: needs 2 or more"),
                () -> assertUsageError(Run.of("cross-validate", "--corpus", work.toString(), "--gold", work.toString()),
                        "no page of " + work + " has a gold file in " + work));
    }

    private static void assertUsageError(Run run, String reason) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(reason), reason + " in: " + run.err());
    }

    /** Nothing a command prints goes around the command line's writers, so a caller that sets them sees it all. */
    @Test
    void printsOnlyThroughTheCommandLinesWriters() {
        PrintStream stdout = System.out, stderr = System.err;
        ByteArrayOutputStream around = new ByteArrayOutputStream();
        Run queries, extract, validate, usage;
        try (PrintStream capture = new PrintStream(around, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            queries = Run.of("queries");
            extract = Run.of("extract", "--json", "../corpus/003_dda3bc090efb0ee8.txt", work.resolve("missing.txt").toString());
            validate = Run.of("validate", "src/test/resources/org/evaw/cli/activity-without-description.ttl");
            usage = Run.of("query", "--no-such-option");
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertEquals("", around.toString(StandardCharsets.UTF_8));
        assertTrue(queries.out().contains("agencies-in-country"), queries.out());
        assertTrue(extract.out().contains("\"agencies\""), extract.out());
        assertTrue(extract.err().contains("missing.txt"), extract.err());
        assertTrue(validate.out().contains("does not conform"), validate.out());
        assertTrue(usage.err().contains("--no-such-option"), usage.err());
    }
}
