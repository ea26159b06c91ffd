package org.evaw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input, nothing lost: pages that are binary, Latin-1 or 100 MB (an empty page or one of plain
 * prose is text, and is mapped), and
 * Turtle, N-Quads and JSON-LD files that are malformed, truncated, not UTF-8 or hold invalid IRIs.
 * Each is named, with its line where it has lines, in one readable line; the good files beside
 * them still load; and the graphs the store held before are, counted by query, exactly as they
 * were.
 */
class BadInputTest {
    private static final Path CORPUS = Path.of("../corpus");
    private static final Path FIXTURES = Path.of("src/test/resources/org/evaw/cli/bad-input");
    private static final String COUNT_BY_GRAPH = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";

    @TempDir
    Path work;

    @Test
    void badRdfFilesAreReportedByNameAndLineWhileTheRestLoadsAndTheStoreKeepsItsGraphs() {
        String db = work.resolve("db").toString();
        assertEquals(0, Run.of("load", "--db", db, FIXTURES.resolve("previous.nq").toString()).exitCode());
        String before = Run.of("query", "--db", db, "--format", "csv", "--sparql", COUNT_BY_GRAPH).out();

        // Each bad file, with the line its fault is reported at.
        Map<String, Integer> bad = Map.of("malformed.ttl", 4, "truncated.ttl", 3, "bad-iri.ttl", 3, "malformed.nq", 3,
                "truncated.jsonld", 5, "bad-iri.jsonld", 5, "malformed.jsonld", 5, "latin1.ttl", 2, "binary.nq", 1);
        List<String> args = new ArrayList<>(List.of("load", "--db", db, "--graph", "http://localhost:3030/graph/turtle-target",
                FIXTURES.resolve("good.nq").toString()));
        bad.keySet().stream().sorted().forEach(name -> args.add(FIXTURES.resolve(name).toString()));
        Run load = Run.of(args.toArray(String[]::new));
        System.out.print(load.err().lines().filter(l -> l.startsWith("evaw-kg")).map(l -> "bad-input: " + l + "\n")
                .reduce("", String::concat));
        assertEquals(1, load.exitCode(), load.err());
        assertTrue(load.out().startsWith("1 graphs replaced, 1 quads loaded, 9 files failed"), load.out());
        List<String> reports = load.err().lines().filter(l -> l.startsWith("evaw-kg load: ")).toList();
        assertEquals(bad.size(), reports.size(), load.err());
        bad.forEach((name, line) -> assertTrue(reports.stream().anyMatch(r -> r.contains(name + ": line " + line + ",")
                || r.contains(name + ": line " + line + ":")), name + " reported at line " + line + ": " + load.err()));

        String after = Run.of("query", "--db", db, "--format", "csv", "--sparql", COUNT_BY_GRAPH).out();
        assertTrue(after.contains("http://localhost:3030/graph/good,1\r\n"), "the good file loaded: " + after);
        assertEquals(before, after.replace("http://localhost:3030/graph/good,1\r\n", ""), "the previous graphs are as they were");
    }

    @Test
    void badPagesAreReportedByNameWhileTheRestMapsAndLoadsAndTheStoreKeepsItsGraphs() throws Exception {
        Path corpus = Files.createDirectory(work.resolve("corpus"));
        Files.copy(CORPUS.resolve("000_0f13b727ca13757f.txt"), corpus.resolve("plain.txt"));
        byte[] page = Files.readAllBytes(CORPUS.resolve("000_0f13b727ca13757f.txt"));
        byte[] withBom = new byte[page.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(page, 0, withBom, 3, page.length);
        Files.write(corpus.resolve("bom.txt"), withBom);
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12});
        Files.write(corpus.resolve("latin1.txt"), "Background\nC\u00f4te d'Ivoire".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(corpus.resolve("prose.txt"), "just a line of prose\nand another with no headings\n");
        Path huge = corpus.resolve("huge.txt");
        try (BufferedWriter out = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            String line = "Background UNODC works in Viet Nam with the police and the courts of the country.\n";
            for (long written = 0; written < 100L * 1024 * 1024; written += line.length())
                out.write(line);
        }

        String db = work.resolve("db").toString();
        assertEquals(0, Run.of("load", "--db", db, FIXTURES.resolve("previous.nq").toString()).exitCode());
        String before = Run.of("query", "--db", db, "--format", "csv", "--sparql", COUNT_BY_GRAPH).out();

        Path built = work.resolve("mixed.nq");
        Run build = Run.of("build", "--corpus", corpus.toString(), "--out", built.toString());
        System.out.print(build.err().lines().filter(l -> l.startsWith("evaw-kg")).map(l -> "bad-input: " + l + "\n")
                .reduce("", String::concat));
        assertEquals(1, build.exitCode(), build.err());
        assertTrue(build.out().startsWith("4 documents mapped, 3 failed"), build.out());
        for (String expected : List.of("warning: empty.txt: no text", "binary.txt: binary content", "latin1.txt: not UTF-8",
                "huge.txt: "))
            assertTrue(build.err().contains(expected), expected + " in: " + build.err());
        assertTrue(build.err().lines().anyMatch(l -> l.contains("huge.txt: ") && l.contains(Long.toString(16L * 1024 * 1024))),
                "the 100 MB page is refused for its size: " + build.err());

        Run load = Run.of("load", "--db", db, built.toString());
        assertEquals(0, load.exitCode(), load.err());
        String after = Run.of("query", "--db", db, "--format", "csv", "--sparql", COUNT_BY_GRAPH).out();
        for (String line : before.lines().skip(1).toList())
            assertTrue(after.lines().anyMatch(line::equals), "the previous graph is as it was: " + line + " in " + after);
        String plain = countOf(after, "http://localhost:3030/graph/plain"), bom = countOf(after, "http://localhost:3030/graph/bom");
        assertTrue(Integer.parseInt(plain) > 100, after);
        assertEquals(plain, bom, "a page with a byte-order mark maps as the same page without it");
        assertTrue(Integer.parseInt(countOf(after, "http://localhost:3030/graph/prose")) > 0, "prose is mapped: " + after);
    }

    private static String countOf(String csv, String graph) {
        return csv.lines().filter(l -> l.startsWith(graph + ",")).map(l -> l.substring(graph.length() + 1).strip())
                .findFirst().orElseThrow(() -> new AssertionError(graph + " missing from " + csv));
    }
}
