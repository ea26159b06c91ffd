package org.evaw.loader.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpServer;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file read takes nothing from elsewhere and nothing without bounds: JSON-LD contexts only from
 * the built-in set, nesting within its limit (brackets in literals, IRIs and comments do not
 * count), gzip read strictly, member by member, and no input inflating past its size or ratio.
 * Each refusal names the file and, where it has one, the line and column.
 */
class RdfFilesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/org/evaw/loader/read");

    @TempDir
    Path work;

    @Test
    void readsTheEvawContextFromWithinWhateverServerNamesIt() throws RdfFileException {
        DatasetGraph data = RdfFiles.read(FIXTURES.resolve("evaw-context.jsonld"));
        assertTrue(data.contains(NodeFactory.createURI("http://localhost:3030/graph/from-a-server"),
                NodeFactory.createURI("http://localhost:3030/id/agency/unodc"), SKOS.prefLabel.asNode(),
                NodeFactory.createLiteralString("United Nations Office on Drugs and Crime")), data::toString);
    }

    @Test
    void refusesAContextFromTheWebWithoutFetchingIt() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer canary = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        canary.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"@context\": {\"name\": \"http://schema.org/name\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        canary.start();
        try {
            String url = "http://127.0.0.1:" + canary.getAddress().getPort() + "/vocabulary.jsonld";
            Path file = work.resolve("canary.jsonld");
            Files.writeString(file, "{\n  \"@id\": \"http://localhost:3030/graph/g\",\n  \"@context\": \"" + url + "\",\n"
                    + "  \"@graph\": [{\"@id\": \"http://localhost:3030/id/thing/1\", \"name\": \"a thing\"}]\n}\n");
            LoadFailure failure = refused(file);
            assertEquals(3, failure.line(), failure::message);
            assertTrue(failure.reason().contains(url) && failure.reason().contains("nothing was fetched"), failure::message);
            assertEquals(0, requests.get(), "requests the canary server received");
            System.out.println("loader-input: a JSON-LD @context on a canary server: " + failure.message() + "; requests received: "
                    + requests.get());
        } finally {
            canary.stop(0);
        }
    }

    @Test
    void refusesAContextOnTheWebOnDiskOrImported() {
        assertEquals(2, refused(FIXTURES.resolve("remote-context.jsonld")).line());
        LoadFailure passwd = refused(FIXTURES.resolve("file-context.jsonld"));
        assertEquals(3, passwd.line(), passwd::message);
        assertTrue(passwd.reason().contains("/etc/passwd") && !passwd.reason().contains("root:"), passwd::message);
        LoadFailure imported = refused(FIXTURES.resolve("import-context.jsonld"));
        assertTrue(imported.reason().contains("http://127.0.0.1:9/elsewhere.jsonld"), imported::message);
    }

    @Test
    void countsOnlyTheBracketsThatNest() throws RdfFileException {
        Path file = FIXTURES.resolve("brackets-in-text.ttl");
        // Four levels: [ [ ( [ on the last line; every other bracket is in a literal, an IRI or a comment.
        RdfFiles.stream(file, StreamRDFLib.sinkNull(), ReadLimits.DEFAULT.withMaxNesting(4));
        RdfFileException e = assertThrows(RdfFileException.class,
                () -> RdfFiles.stream(file, StreamRDFLib.sinkNull(), ReadLimits.DEFAULT.withMaxNesting(3)));
        assertEquals(13, e.failure().line(), e::getMessage);
    }

    @Test
    void refusesDeepJsonByLineAndColumn() throws IOException {
        Path file = work.resolve("deep.jsonld");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 100_000; i++)
                out.write("{\"http://localhost:3030/id/p/next\": ");
            out.write("\"bottom\"");
            out.write("}".repeat(100_000));
        }
        LoadFailure failure = refused(file);
        assertEquals(1, failure.line());
        assertEquals(36 * 500 + 1, failure.column(), failure::message);
    }

    @Test
    void refusesGzipThatEndsInsideAMemberOrHasBytesAfterItsLast() throws IOException {
        String quad = "<http://localhost:3030/id/a> <http://localhost:3030/id/p> \"1\" <http://localhost:3030/graph/a> .\n";
        byte[] first = gzip(quad);
        byte[] second = gzip("<http://localhost:3030/id/b> <http://localhost:3030/id/p> \"2\" <http://localhost:3030/graph/b> .\n");
        byte[] both = concat(first, second);

        Path insideData = write("inside-data.nq.gz", Arrays.copyOf(both, both.length - 12));
        assertTrue(refused(insideData).reason().contains("ends inside gzip member 2"), refused(insideData)::message);

        // Cut inside the second member's header: java.util.zip reads the first member and stops without a word.
        Path insideHeader = write("inside-header.nq.gz", Arrays.copyOf(both, first.length + 5));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(insideHeader))) {
            assertEquals(quad.length(), in.readAllBytes().length, "GZIPInputStream reads the first member as if it were all");
        }
        assertTrue(refused(insideHeader).reason().contains("ends inside gzip member 2"), refused(insideHeader)::message);

        Path trailing = write("trailing.nq.gz", concat(both, "not gzip".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(refused(trailing).reason().contains("are not a gzip member"), refused(trailing)::message);

        byte[] changed = both.clone();
        changed[first.length - 8] ^= 1; // the first byte of its CRC-32
        assertTrue(refused(write("changed.nq.gz", changed)).reason().contains("CRC-32"));
    }

    @Test
    void refusesGzipAndBzip2ThatInflateTooFar() throws IOException {
        // 256 MiB of blank lines, which N-Quads allows, are 255 kB of gzip.
        Path bomb = work.resolve("bomb.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
            byte[] lines = new byte[1 << 20];
            Arrays.fill(lines, (byte) '\n');
            for (int i = 0; i < 256; i++)
                out.write(lines);
        }
        long start = System.nanoTime();
        LoadFailure failure = refused(bomb);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(failure.reason().contains("inflates more than 100 times its compressed size"), failure::message);
        System.out.printf("loader-input: a gzip bomb of %d bytes (256 MiB inflated) refused in %d ms: %s%n", Files.size(bomb), millis,
                failure.message());

        Path bzip2 = work.resolve("bomb.nq.bz2");
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(bzip2))) {
            byte[] lines = new byte[1 << 20];
            Arrays.fill(lines, (byte) '\n');
            for (int i = 0; i < 16; i++)
                out.write(lines);
        }
        assertTrue(refused(bzip2).reason().contains("times its compressed size"), refused(bzip2)::message);

        Path ordinary = write("ordinary.nq.gz", gzip(("<http://localhost:3030/id/a> <http://localhost:3030/id/p> \"x\" "
                + "<http://localhost:3030/graph/a> .\n").repeat(20_000)));
        LoadFailure tooLarge = refused(ordinary, ReadLimits.DEFAULT.withMaxInflatedBytes(1 << 20));
        assertTrue(tooLarge.reason().startsWith("inflates to more than 1 MiB"), tooLarge::message);
    }

    @Test
    void aSinkThatCannotWriteIsNoFaultOfTheFile() throws IOException {
        // TDB2 says a full disk as TDBException("NodeTableThrift/Write") from inside the parse.
        RuntimeException full = new IllegalStateException("NodeTableThrift/Write", new IOException("No space left on device"));
        StreamRDF failing = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) { throw full; }
        };
        Path file = Path.of("src/test/resources/org/evaw/loader/two-graphs.nq");
        assertSame(full, assertThrows(IllegalStateException.class, () -> RdfFiles.stream(file, failing, ReadLimits.DEFAULT)));
        byte[] nquads = Files.readAllBytes(file);
        assertSame(full, assertThrows(IllegalStateException.class,
                () -> RdfFiles.streamNQuads(file, "graph <g>", nquads, failing, ReadLimits.DEFAULT)));
    }

    @Test
    void aSinkThatRefusesTheFileRefusesIt() {
        StreamRDF refusing = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) { throw new Refusal("not wanted here"); }
        };
        Path file = Path.of("src/test/resources/org/evaw/loader/two-graphs.nq");
        RdfFileException e = assertThrows(RdfFileException.class, () -> RdfFiles.stream(file, refusing, ReadLimits.DEFAULT));
        assertTrue(e.failure().reason().contains("not wanted here"), e.failure()::message);
    }

    @Test
    void readsSizesAsPeopleWriteThem() {
        assertEquals(64L << 30, ReadLimits.parseSize("64G"));
        assertEquals(512L << 20, ReadLimits.parseSize("512MiB"));
        assertEquals(1000, ReadLimits.parseSize("1000"));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.parseSize("lots"));
    }

    private static LoadFailure refused(Path file) {
        return refused(file, ReadLimits.DEFAULT);
    }

    private static LoadFailure refused(Path file, ReadLimits limits) {
        RdfFileException e = assertThrows(RdfFileException.class, () -> RdfFiles.stream(file, StreamRDFLib.sinkNull(), limits));
        assertEquals(file, e.failure().file());
        return e.failure();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(work.resolve(name), bytes);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
