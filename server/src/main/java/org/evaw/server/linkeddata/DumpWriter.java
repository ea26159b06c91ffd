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

/**
 * Writes the whole store as data dumps through RDF4J Rio, one quad at a time from a read
 * transaction: N-Quads (gzip) and RDF4J binary keep the named graphs; JSON-LD keeps them as
 * named graphs too; Turtle, which has none, holds the union graph, each triple once.
 */
final class DumpWriter {
    /** The dumps this server publishes, by file name. */
    enum Kind {
        NQUADS_GZ("evaw-kg.nq.gz", "N-Quads, gzip", RDFFormat.NQUADS, "application/gzip", true),
        TURTLE("evaw-kg.ttl", "Turtle (union graph)", RDFFormat.TURTLE, null, false),
        JSONLD("evaw-kg.jsonld", "JSON-LD", RDFFormat.JSONLD, null, true),
        BINARY("evaw-kg.rdfb", "RDF4J binary RDF", RDFFormat.BINARY, null, true);

        final String fileName;
        final String label;
        final RDFFormat format;
        final String compression;
        final boolean quads;

        Kind(String fileName, String label, RDFFormat format, String compression, boolean quads) {
            this.fileName = fileName;
            this.label = label;
            this.format = format;
            this.compression = compression;
            this.quads = quads;
        }
    }

    private final DatasetGraph dataset;
    private final PrefixMapping prefixes;

    DumpWriter(DatasetGraph dataset, PrefixMapping prefixes) {
        this.dataset = dataset;
        this.prefixes = prefixes;
    }

    List<Dump> writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Dump> dumps = new java.util.ArrayList<>();
        for (Kind kind : Kind.values())
            dumps.add(write(kind, dir));
        return dumps;
    }

    /** Writes one dump beside its final name, then moves it into place, so no reader sees half a file. */
    Dump write(Kind kind, Path dir) throws IOException {
        Path target = dir.resolve(kind.fileName);
        Path partial = Files.createTempFile(dir, kind.fileName, ".part");
        MessageDigest sha256 = DigestUtils.getSha256Digest();
        try (OutputStream file = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)), sha256);
             OutputStream out = kind.compression != null ? new GZIPOutputStream(file, 1 << 16) : file) {
            RDFWriter writer = Rio.createWriter(kind.format, out);
            writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
            if (kind.format == RDFFormat.JSONLD)
                writer.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
            Txn.executeRead(dataset, () -> stream(kind, writer));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Dump(kind.fileName, kind.label, kind.format.getDefaultMIMEType(), kind.compression, target,
                Files.size(target), Hex.encodeHexString(sha256.digest()));
    }

    private void stream(Kind kind, RDFWriter writer) {
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
            }
        } else {
            // The union graph: TDB2 answers it with each triple once, whatever graphs hold it.
            for (Iterator<Quad> it = dataset.find(Quad.unionGraph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                writer.handleStatement(factory.createStatement(values.resource(q.getSubject()), values.iri(q.getPredicate()),
                        values.value(q.getObject())));
            }
        }
        writer.endRDF();
    }
}
