package org.evaw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.evaw.queries.Catalogue;
import org.evaw.queries.SavedQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * evaw-kg against a real standalone Fuseki (the jena-fuseki-server jar from Maven Central, started
 * by {@code scripts/fuseki-standalone} on a free loopback port): {@code load --endpoint} writes
 * each named graph with the Graph Store Protocol, a reload replaces graphs rather than adding to
 * them, and every saved query answers there as it does on the embedded store.
 */
class StandaloneFusekiIT {
    private static final Path HOME = Path.of("").toAbsolutePath().getParent();
    private static final Path SCRIPT = HOME.resolve("scripts").resolve("fuseki-standalone");
    private static final String COUNT = "SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(*) AS ?quads) { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    static Path work;
    static Path fusekiDir;
    static String endpoint;
    static Path built;
    static Path embedded;

    @BeforeAll
    static void startFusekiAndBuild() throws Exception {
        Path corpus = work.resolve("corpus");
        Files.createDirectories(corpus);
        try (Stream<Path> pages = Files.list(HOME.resolve("corpus"))) {
            for (Path page : pages.toList())
                Files.copy(page, corpus.resolve(page.getFileName()));
        }
        Run generate = Run.of("generate", "--docs", "40", "--seed", "11", "--out", corpus.toString());
        assertEquals(0, generate.exitCode(), generate.err());
        built = work.resolve("evaw.nq");
        // Exit code 1 is allowed here: SHACL warnings about generated pages are the mapping's business, not this test's.
        Run build = Run.of("build", "--corpus", corpus.toString(), "--out", built.toString());
        assertTrue(build.out().startsWith("45 documents mapped, 0 failed"), build.out() + build.err());
        embedded = work.resolve("tdb2");
        assertEquals(0, Run.of("load", "--db", embedded.toString(), built.toString()).exitCode());

        fusekiDir = work.resolve("fuseki");
        Process start = new ProcessBuilder("bash", SCRIPT.toString(), "start", "--dir", fusekiDir.toString(), "--heap", "1g")
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        String stdout = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String stderr = new String(start.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!start.waitFor(5, TimeUnit.MINUTES) || start.exitValue() != 0 || !stdout.matches("\\d+"))
            fail("scripts/fuseki-standalone start failed (the jena-fuseki-server jar must be fetchable from Maven Central):\n"
                    + stdout + "\n" + stderr);
        endpoint = "http://127.0.0.1:" + stdout + "/evaw";
    }

    @AfterAll
    static void stopFuseki() throws Exception {
        if (fusekiDir != null)
            new ProcessBuilder("bash", SCRIPT.toString(), "stop", "--dir", fusekiDir.toString()).inheritIO().start().waitFor(1, TimeUnit.MINUTES);
    }

    @Test
    void reloadingThroughTheGraphStoreProtocolReplacesGraphs() throws IOException {
        Run first = Run.of("load", "--endpoint", endpoint, built.toString());
        assertEquals(0, first.exitCode(), first.err());
        String once = Run.of("query", "--endpoint", endpoint, "--format", "csv", "--sparql", COUNT).out();
        // The same quads without the build's manifest: every graph is sent again (PUT) and replaced.
        Path copy = work.resolve("copy.nq");
        Files.copy(built, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Run second = Run.of("load", "--endpoint", endpoint, copy.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().startsWith("47 graphs replaced"), second.out());
        String twice = Run.of("query", "--endpoint", endpoint, "--format", "csv", "--sparql", COUNT).out();
        assertEquals(once, twice);
        assertEquals(Run.of("query", "--db", embedded.toString(), "--format", "csv", "--sparql", COUNT).out(), twice);
        String[] counts = twice.lines().skip(1).findFirst().orElseThrow().split(",");
        // The pages' graphs, the reference and ontology graphs, and the summary graph the load computes after them.
        assertEquals(5 + 40 + 3, Integer.parseInt(counts[0].strip()), twice);
        // With the manifest, the store's graph versions show that nothing changed.
        Run third = Run.of("load", "--endpoint", endpoint, built.toString());
        assertTrue(third.out().startsWith("0 graphs replaced, 0 quads loaded, 0 files failed, 47 graphs unchanged"), third.out());
    }

    @Test
    void everySavedQueryAnswersAsOnTheEmbeddedStore() throws IOException {
        assertEquals(0, Run.of("load", "--endpoint", endpoint, built.toString()).exitCode());
        List<SavedQuery> saved = Catalogue.bundled().all();
        assertTrue(saved.size() >= 10, "saved queries: " + saved.size());
        java.util.Set<String> answered = new java.util.TreeSet<>();
        for (SavedQuery query : saved) {
            // A paginated query: its first page (the default), which must hold the same rows on both
            // stores, and every row (--all).
            for (List<String> rows : query.paginated() ? List.of(List.of("--page=1"), List.of("--all")) : List.of(List.<String>of())) {
                List<String> args = new ArrayList<>(List.of("query", "--saved", query.name(), "--format", "csv"));
                args.addAll(rows);
                Run local = Run.of(concat(args, "--db", embedded.toString()));
                Run remote = Run.of(concat(args, "--endpoint", endpoint));
                assertEquals(0, local.exitCode(), query.name() + ": " + local.err());
                assertEquals(0, remote.exitCode(), query.name() + ": " + remote.err());
                assertEquals(sortedRows(local.out()), sortedRows(remote.out()), query.name() + " " + rows);
                if (local.out().lines().count() > 1)
                    answered.add(query.name());
            }
        }
        assertTrue(answered.size() >= saved.size() / 2, "queries with rows: " + answered);
    }

    private static String[] concat(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /**
     * Rows in a canonical order, and within each row the words in a canonical order: GROUP_CONCAT
     * (activities-of-page, agency-pairs-sharing-country, programmes-with-several-agencies: ", ") joins values in the order
     * the store finds them, which two stores
     * holding the same graphs need not share.
     */
    private static List<String> sortedRows(String csv) throws IOException {
        List<String> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(csv))) {
            List<String> cells = new ArrayList<>();
            for (String cell : record)
                cells.add(String.join(" ", Arrays.stream(cell.split("[;,\\s]+")).sorted().toList()));
            rows.add(String.join("\t", cells));
        }
        String header = rows.isEmpty() ? "" : rows.remove(0);
        rows.sort(null);
        rows.add(0, header);
        return rows;
    }

}
