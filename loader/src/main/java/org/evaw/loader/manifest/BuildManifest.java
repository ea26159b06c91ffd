package org.evaw.loader.manifest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an N-Quads build holds, written beside it ({@code FILE.nq.manifest}, tab-separated): the
 * fingerprint of the mapping (version, base IRI, ontology and concept schemes, reference data), the file's size,
 * and per named graph its version (a SHA-256 of the fingerprint and the page's bytes), its byte
 * range in the file, its number of quads and the page it was mapped from. A rebuild copies the graphs of unchanged
 * pages; a load replaces only graphs whose version the store does not already hold.
 */
public record BuildManifest(String fingerprint, long outputSize, List<Entry> entries) {
    private static final String HEADER = "# evaw-kg build manifest 2";

    /**
     * One named graph of the build: its IRI, version, byte range (of its gzip member in a
     * {@code .nq.gz}), number of quads and source page ("-" for none).
     */
    public record Entry(String graph, String version, long offset, long length, long quads, String page) {}

    /** The manifest of an N-Quads file: the file's name with {@code .manifest} appended. */
    public static Path of(Path output) {
        return output.resolveSibling(output.getFileName() + ".manifest");
    }

    /** The entries by source page file name. */
    public Map<String, Entry> byPage() {
        Map<String, Entry> map = new LinkedHashMap<>();
        entries.stream().filter(e -> !e.page().equals("-")).forEach(e -> map.put(e.page(), e));
        return map;
    }

    /**
     * The manifest beside an output, if there is one that describes the file as it is now (same
     * size); a manifest left from another file, or unreadable, is as good as none.
     */
    public static Optional<BuildManifest> readFor(Path output) {
        Path file = of(output);
        try {
            if (!Files.isRegularFile(file) || !Files.isRegularFile(output))
                return Optional.empty();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER))
                return Optional.empty();
            String fingerprint = null;
            long size = -1;
            List<Entry> entries = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "fingerprint" -> fingerprint = f[1];
                    case "output-size" -> size = Long.parseLong(f[1]);
                    case "graph" -> entries.add(new Entry(f[1], f[2], Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]), f[6]));
                    default -> { return Optional.empty(); }
                }
            }
            if (fingerprint == null || size != Files.size(output))
                return Optional.empty();
            return Optional.of(new BuildManifest(fingerprint, size, List.copyOf(entries)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the manifest beside {@code output}, atomically. */
    public void writeFor(Path output) throws IOException {
        Path file = of(output);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            w.write(HEADER + "\n");
            w.write("fingerprint\t" + fingerprint + "\n");
            w.write("output-size\t" + outputSize + "\n");
            for (Entry e : entries)
                w.write("graph\t" + e.graph() + "\t" + e.version() + "\t" + e.offset() + "\t" + e.length() + "\t" + e.quads() + "\t" + e.page() + "\n");
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
