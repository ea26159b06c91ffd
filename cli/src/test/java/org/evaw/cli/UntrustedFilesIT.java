package org.evaw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpServer;

import org.evaw.loader.manifest.BuildManifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 9: the loader takes nothing from elsewhere. Each case runs {@code evaw-kg load}
 * in a JVM of its own ({@link Child}), as a user runs it, with a good file after the bad one: the
 * bad file is one line on stderr naming it (and its line and column where it has them), the good
 * one loads, and nothing is fetched from a canary server on loopback that every remote reference
 * points at.
 */
class UntrustedFilesIT {
    private static final String GOOD = "<http://localhost:3030/id/thing/good> <http://www.w3.org/2000/01/rdf-schema#label> "
            + "\"good\" <http://localhost:3030/graph/good> .\n";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    Path work;
    private HttpServer canary;
    private final AtomicInteger requests = new AtomicInteger();
    private String canaryUrl;
    private Path good;

    @BeforeEach
    void startCanary() throws IOException {
        canary = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        canary.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"@context\": {\"label\": \"http://www.w3.org/2000/01/rdf-schema#label\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        canary.start();
        canaryUrl = "http://127.0.0.1:" + canary.getAddress().getPort();
        good = Files.writeString(work.resolve("good.nq"), GOOD);
    }

    @AfterEach
    void stopCanary() {
        canary.stop(0);
    }

    @Test
    void jsonLdContextsFromElsewhereAreRefusedAndNothingIsFetched() throws Exception {
        Path web = Files.writeString(work.resolve("web-context.jsonld"), "{\n  \"@context\": \"" + canaryUrl + "/vocabulary.jsonld\",\n"
                + "  \"@id\": \"http://localhost:3030/graph/web\",\n  \"@graph\": [{\"@id\": \"http://localhost:3030/id/thing/1\", \"label\": \"x\"}]\n}\n");
        Path passwd = Files.writeString(work.resolve("passwd-context.jsonld"), "{\n  \"@context\": \"file:///etc/passwd\",\n"
                + "  \"@id\": \"http://localhost:3030/graph/passwd\",\n  \"@graph\": [{\"@id\": \"http://localhost:3030/id/thing/1\", \"label\": \"x\"}]\n}\n");
        Path xml = Files.writeString(work.resolve("entity.rdf"), "<?xml version='1.0'?>\n<!DOCTYPE rdf:RDF [ <!ENTITY e SYSTEM '" + canaryUrl
                + "/entity'> ]>\n<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns:rdfs='http://www.w3.org/2000/01/rdf-schema#'>"
                + "<rdf:Description rdf:about='http://localhost:3030/id/thing/xml'><rdfs:label>&e;</rdfs:label></rdf:Description></rdf:RDF>\n");
        Child load = load("contexts", "--graph", "http://localhost:3030/graph/xml", web.toString(), passwd.toString(), xml.toString(),
                good.toString());
        List<String> reports = reports(load);
        print("JSON-LD contexts from elsewhere", load, reports);
        assertEquals(1, load.exitCode(), load.err());
        assertEquals(2, reports.size(), load.err());
        assertTrue(reports.get(0).contains("web-context.jsonld: line 2: JSON-LD @context " + canaryUrl + "/vocabulary.jsonld is not a built-in"),
                reports.get(0));
        assertTrue(reports.get(1).contains("passwd-context.jsonld: line 2: JSON-LD @context file:/etc/passwd is not a built-in"),
                reports.get(1));
        assertEquals(0, requests.get(), "requests the canary server received");
        assertTrue(load.out().startsWith("2 graphs replaced"), load.out());
    }

    @Test
    void deepNestingIsOneLineAndTheNextFileLoads() throws Exception {
        Path deep = work.resolve("deep.ttl");
        try (Writer out = Files.newBufferedWriter(deep, StandardCharsets.UTF_8)) {
            out.write("<http://localhost:3030/id/thing/deep> <http://localhost:3030/id/p/next>\n");
            for (int i = 0; i < 100_000; i++)
                out.write("[ <http://localhost:3030/id/p/next> ");
            out.write("\"bottom\"" + " ]".repeat(100_000) + " .\n");
        }
        long start = System.nanoTime();
        Child load = load("deep", "--graph", "http://localhost:3030/graph/deep", deep.toString(), good.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<String> reports = reports(load);
        print("100 000-deep Turtle (" + Files.size(deep) + " bytes), then a good file, " + millis + " ms", load, reports);
        assertEquals(1, load.exitCode(), load.err());
        // Each level is 36 characters: "[ <http://localhost:3030/id/p/next> ".
        assertEquals(List.of("evaw-kg load: " + deep + ": line 2, column 18001: nests deeper than 500 levels (blank nodes, "
                + "collections, graphs or JSON objects); refused, as the parser would run out of stack"), reports);
        assertEquals(reports, load.err().lines().filter(l -> !l.startsWith("load: ")).toList(),
                "besides the progress lines (load: N/? GRAPH), stderr is that line alone");
        assertFalse(load.err().contains("StackOverflowError"), load.err());
        assertTrue(load.out().startsWith("1 graphs replaced, 1 quads loaded, 1 files failed"), load.out());
    }

    @Test
    void aGzipBuildShortOfItsManifestOrEndingInsideAMemberIsRefused() throws Exception {
        Path corpus = Files.createDirectory(work.resolve("corpus"));
        try (var pages = Files.list(Path.of("../corpus"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".txt")).sorted().limit(3).toList())
                Files.copy(page, corpus.resolve(page.getFileName()));
        }
        Path built = work.resolve("evaw.nq.gz");
        assertEquals(0, Run.of("build", "--corpus", corpus.toString(), "--out", built.toString()).exitCode());
        Path db = work.resolve("db");
        assertEquals(0, load("whole", "--db", db.toString(), built.toString()).exitCode());
        String before = count(db);

        // Cut where the last graph's gzip member begins: every member left is whole, so gzip alone sees nothing wrong.
        BuildManifest manifest = BuildManifest.readFor(built).orElseThrow();
        BuildManifest.Entry last = manifest.entries().get(manifest.entries().size() - 1);
        byte[] whole = Files.readAllBytes(built);
        Path cut = work.resolve("cut.nq.gz");
        Files.write(cut, Arrays.copyOf(whole, Math.toIntExact(last.offset())));
        Files.copy(BuildManifest.of(built), BuildManifest.of(cut));
        // Without a manifest, cut five bytes into that member's header, which java.util.zip reads past without a word.
        Path unclosed = work.resolve("unclosed.nq.gz");
        Files.write(unclosed, Arrays.copyOf(whole, Math.toIntExact(last.offset() + 5)));
        // Without a manifest, cut where that member begins: only the missing closing line tells.
        Path bare = work.resolve("bare.nq.gz");
        Files.write(bare, Arrays.copyOf(whole, Math.toIntExact(last.offset())));

        Child load = load("cut", "--db", db.toString(), cut.toString(), unclosed.toString(), bare.toString(), good.toString());
        List<String> reports = reports(load);
        print("a build cut at a member boundary beside its manifest, one ending inside a member, one cut at a member boundary alone", load, reports);
        assertEquals(1, load.exitCode(), load.err());
        assertEquals(3, reports.size(), load.err());
        assertTrue(reports.get(0).contains("cut.nq.gz: the file is " + last.offset() + " bytes but its manifest (cut.nq.gz.manifest) states "
                + Files.size(built) + " bytes: it stops short of its build"), reports.get(0));
        // The build's opening line is a member of its own before the graphs'.
        assertTrue(reports.get(1).contains("unclosed.nq.gz: the file ends inside gzip member " + (manifest.entries().size() + 1)), reports.get(1));
        assertTrue(reports.get(2).contains("bare.nq.gz: a build's N-Quads file that ends without its closing line"), reports.get(2));
        assertEquals(Long.parseLong(digits(before)) + 1, Long.parseLong(digits(count(db))), "only the good file's quad is new");
    }

    @Test
    void decompressionIsBoundedByRatioAndBySize() throws Exception {
        // 256 MiB of blank lines (N-Quads allows them) in 255 kB of gzip.
        Path bomb = work.resolve("bomb.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
            byte[] lines = new byte[1 << 20];
            Arrays.fill(lines, (byte) '\n');
            for (int i = 0; i < 256; i++)
                out.write(lines);
        }
        long start = System.nanoTime();
        Child load = load("bomb", "--db", work.resolve("db").toString(), bomb.toString(), good.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<String> reports = reports(load);
        print("a gzip bomb (" + Files.size(bomb) + " bytes, 256 MiB inflated), " + millis + " ms", load, reports);
        assertEquals(1, load.exitCode(), load.err());
        assertEquals(1, reports.size(), load.err());
        assertTrue(reports.get(0).contains("bomb.nq.gz: inflates more than 100 times its compressed size"), reports.get(0));
        assertTrue(load.out().startsWith("1 graphs replaced"), load.out());

        // The same file is let through by a higher ratio, and stopped by a size.
        Child sized = load("bomb-sized", "--db", work.resolve("db2").toString(), "--max-inflation-ratio", "2000",
                "--max-inflated-size", "64M", bomb.toString());
        print("the same with --max-inflation-ratio 2000 --max-inflated-size 64M", sized, reports(sized));
        assertEquals(1, sized.exitCode(), sized.err());
        assertTrue(sized.err().contains("bomb.nq.gz: inflates to more than 64 MiB (the limit: load --max-inflated-size)"), sized.err());
        Child ratio = load("bomb-ratio", "--db", work.resolve("db3").toString(), "--max-inflation-ratio", "2000", bomb.toString());
        assertEquals(0, ratio.exitCode(), ratio.err());
    }

    private Child load(String name, String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "load";
        System.arraycopy(args, 0, all, 1, args.length);
        return Child.run(work, name, 300, all);
    }

    private static List<String> reports(Child load) {
        return load.err().lines().filter(l -> l.startsWith("evaw-kg load: ")).toList();
    }

    /** The store's quads, counted by a JVM of its own: this one would keep the store open, and locked. */
    private String count(Path db) throws Exception {
        return Child.run(work, "count", 120, "query", "--db", db.toString(), "--format", "csv", "--sparql", COUNT).out();
    }

    private static String digits(String csv) {
        return csv.lines().skip(1).findFirst().orElseThrow().strip();
    }

    private void print(String what, Child load, List<String> reports) {
        System.out.printf("loader-input: %s: exit %d, %d stderr lines besides progress, canary requests %d%n", what,
                load.exitCode(), load.err().lines().filter(l -> !l.startsWith("load: ")).count(), requests.get());
        reports.forEach(r -> System.out.println("loader-input:   " + r));
    }
}
