package org.evaw.pipeline.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The versions a build states: the mapping's fingerprint (the software version, the base IRI, the
 * ontology and reference data as sorted N-Triples without blank node labels, and the mapping's
 * code), which is the version of the graphs of no page; and a page graph's version, a SHA-256 of
 * the fingerprint and the page's bytes. A page is mapped again when its version changes.
 */
final class Fingerprint {
    // Compiled once, not once for each line of the ontology and reference data (~13 000).
    private static final Pattern BLANK_NODE_LABEL = Pattern.compile("_:\\S+");

    private Fingerprint() {}

    static String of(String softwareVersion, String base, List<Graph> fixedGraphs) {
        List<String> lines = new ArrayList<>();
        for (Graph g : fixedGraphs) {
            ByteArrayOutputStream nt = new ByteArrayOutputStream();
            RDFDataMgr.write(nt, g, Lang.NTRIPLES);
            // Blank node labels differ from run to run: the fingerprint ignores them.
            lines.addAll(nt.toString(StandardCharsets.UTF_8).lines().map(l -> BLANK_NODE_LABEL.matcher(l).replaceAll("_:")).sorted().toList());
        }
        lines.add(MappingCode.digest());
        return sha256(softwareVersion + "\n" + base + "\n", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    /** The version of a page's graph, under the given fingerprint. */
    static String ofPage(String fingerprint, byte[] content) {
        return sha256(fingerprint + "\n", content);
    }

    private static String sha256(String prefix, byte[] content) {
        MessageDigest digest = DigestUtils.updateDigest(DigestUtils.getSha256Digest(), prefix);
        return Hex.encodeHexString(DigestUtils.updateDigest(digest, content).digest());
    }
}
