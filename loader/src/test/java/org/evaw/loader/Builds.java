package org.evaw.loader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.evaw.loader.manifest.BuildManifest;

/**
 * Writes a fixture as a build writes its output: N-Quads, one graph after the other, each graph
 * stating its version inside it ({@code <g> dcterms:hasVersion "…"}, the SHA-256 of its lines),
 * and the {@link BuildManifest} beside it; in {@code .nq.gz}, each graph its own gzip member.
 */
final class Builds {
    private Builds() {}

    /**
     * The fixture as a build at {@code out}, or nothing when it cannot be one (it does not parse, or
     * holds triples outside any named graph).
     */
    static Optional<Path> write(Path fixture, Path out) throws IOException {
        DatasetGraph data;
        try {
            data = RDFParser.source(fixture).toDatasetGraph();
        } catch (RuntimeException notRdf) {
            return Optional.empty();
        }
        if (!data.getDefaultGraph().isEmpty())
            return Optional.empty();
        boolean gzip = Gzip.named(out);
        List<BuildManifest.Entry> entries = new ArrayList<>();
        long offset = 0;
        try (OutputStream file = Files.newOutputStream(out)) {
            for (Node g : Iter.toList(data.listGraphNodes()).stream().sorted(Comparator.comparing(Node::getURI)).toList()) {
                TreeSet<String> lines = new TreeSet<>();
                data.getGraph(g).find().forEach(t -> lines.add(NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate())
                        + " " + NodeFmtLib.strNT(t.getObject()) + " " + NodeFmtLib.strNT(g) + " ."));
                String version = sha256(String.join("\n", lines));
                lines.add(NodeFmtLib.strNT(g) + " " + NodeFmtLib.strNT(DCTerms.hasVersion.asNode()) + " "
                        + NodeFmtLib.strNT(NodeFactory.createLiteralString(version)) + " " + NodeFmtLib.strNT(g) + " .");
                ByteArrayOutputStream nquads = new ByteArrayOutputStream();
                for (String line : lines)
                    nquads.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                byte[] bytes = gzip ? Gzip.member(nquads.toByteArray()) : nquads.toByteArray();
                file.write(bytes);
                entries.add(new BuildManifest.Entry(g.getURI(), version, offset, bytes.length, lines.size(), "-"));
                offset += bytes.length;
            }
        }
        new BuildManifest("test fixture", offset, entries).writeFor(out);
        return Optional.of(out);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
