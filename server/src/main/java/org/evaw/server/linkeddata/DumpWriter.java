package org.evaw.server.linkeddata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the whole store as data dumps through RDF4J Rio, one quad at a time from a read
 * transaction: N-Quads (gzip) and RDF4J binary keep the named graphs; JSON-LD keeps them as
 * named graphs too; Turtle, which has none, holds the union graph, each triple once.
 */
final class DumpWriter {
    /** The dumps this server publishes, by file name. */
    enum Kind {
        // Written first: it counts the store's quads, which tell whether the JSON-LD dump is written.
        NQUADS_GZ("evaw-kg.nq.gz", "N-Quads, gzip", RDFFormat.NQUADS, "application/gzip", true, false),
        TURTLE("evaw-kg.ttl", "Turtle (union graph)", RDFFormat.TURTLE, null, false, false),
        JSONLD("evaw-kg.jsonld", "JSON-LD", RDFFormat.JSONLD, null, true, true),
        BINARY("evaw-kg.rdfb", "RDF4J binary RDF", RDFFormat.BINARY, null, true, false);

        final String fileName;
        final String label;
        final RDFFormat format;
        final String compression;
        final boolean quads;
        /** Whether its writer holds the whole document in memory before writing it. */
        final boolean heldInMemory;

        Kind(String fileName, String label, RDFFormat format, String compression, boolean quads, boolean heldInMemory) {
            this.fileName = fileName;
            this.label = label;
            this.format = format;
            this.compression = compression;
            this.quads = quads;
            this.heldInMemory = heldInMemory;
        }
    }

    /**
     * The most quads a dump whose writer holds it in memory is written for. RDF4J's JSON-LD
     * writer keeps every statement in a model until the end, then builds the whole document: at
     * 10^5 pages (over 10^8 quads) it would exhaust the server's heap. The other writers stream.
     */
    static final long MOST_QUADS_IN_MEMORY = 2_000_000;
    private static final Logger LOG = LoggerFactory.getLogger(DumpWriter.class);

    private final DatasetGraph dataset;
    private final PrefixMapping prefixes;
    private final long mostQuadsInMemory;

    DumpWriter(DatasetGraph dataset, PrefixMapping prefixes) {
        this(dataset, prefixes, MOST_QUADS_IN_MEMORY);
    }

    DumpWriter(DatasetGraph dataset, PrefixMapping prefixes, long mostQuadsInMemory) {
        this.dataset = dataset;
        this.prefixes = prefixes;
        this.mostQuadsInMemory = mostQuadsInMemory;
    }

    List<Dump> writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Dump> dumps = new java.util.ArrayList<>();
        long quads = -1;
        for (Kind kind : Kind.values()) {
            if (kind.heldInMemory && quads > mostQuadsInMemory) {
                LOG.warn("{} not written: the store holds {} quads, more than the {} its writer may hold in memory", kind.fileName, quads, mostQuadsInMemory);
                continue;
            }
            Dump dump = write(kind, dir);
            if (kind == Kind.NQUADS_GZ)
                quads = dump.statements();
            dumps.add(dump);
        }
        return dumps;
    }

    /** Why each dump the writer knows but {@code written} lacks was left out. */
    List<String> leftOut(List<Dump> written) {
        return java.util.Arrays.stream(Kind.values())
                .filter(k -> written.stream().noneMatch(d -> d.fileName().equals(k.fileName)))
                .map(k -> whyNotWritten(k.fileName).orElse(k.fileName + " was not written")).toList();
    }

    /** Why a dump of this name may be missing: it is written only for stores of a bounded size. */
    Optional<String> whyNotWritten(String fileName) {
        return java.util.Arrays.stream(Kind.values()).filter(k -> k.fileName.equals(fileName) && k.heldInMemory)
                .findFirst().map(k -> k.fileName + " is written only for stores of at most " + mostQuadsInMemory
                        + " quads (its writer holds the whole document in memory), and this store holds more; "
                        + Kind.NQUADS_GZ.fileName + " holds the same named graphs");
    }

    /** Writes one dump beside its final name, then moves it into place, so no reader sees half a file. */
    Dump write(Kind kind, Path dir) throws IOException {
        Path target = dir.resolve(kind.fileName);
        Path partial = Files.createTempFile(dir, kind.fileName, ".part");
        MessageDigest sha256 = DigestUtils.getSha256Digest();
        long statements;
        try (OutputStream file = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)), sha256);
             OutputStream out = kind.compression != null ? new GZIPOutputStream(file, 1 << 16) : file) {
            RDFWriter writer = Rio.createWriter(kind.format, out);
            writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
            if (kind.format == RDFFormat.JSONLD)
                writer.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
            statements = Txn.calculateRead(dataset, () -> stream(kind, writer));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Dump(kind.fileName, kind.label, kind.format.getDefaultMIMEType(), kind.compression, target,
                Files.size(target), Hex.encodeHexString(sha256.digest()), statements);
    }

    /** Writes the store to {@code writer}; how many statements (quads or triples) it wrote. */
    private long stream(Kind kind, RDFWriter writer) {
        long written = 0;
        Rdf4jValues values = new Rdf4jValues();
        writer.startRDF();
        if (kind.format.supportsNamespaces())
            prefixes.getNsPrefixMap().forEach(writer::handleNamespace);
        var factory = values.factory();
        if (kind.quads) {
            for (Iterator<Quad> it = dataset.find(); it.hasNext(); ) {
                Quad q = it.next();
                writer.handleStatement(factory.createStatement(values.resource(q.getSubject()), values.iri(q.getPredicate()),
                        values.value(q.getObject()), q.isDefaultGraph() ? null : values.resource(q.getGraph())));
                written++;
            }
        } else {
            // The union graph: TDB2 answers it with each triple once, whatever graphs hold it.
            for (Iterator<Quad> it = dataset.find(Quad.unionGraph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                writer.handleStatement(factory.createStatement(values.resource(q.getSubject()), values.iri(q.getPredicate()),
                        values.value(q.getObject())));
                written++;
            }
        }
        writer.endRDF();
        return written;
    }
}
