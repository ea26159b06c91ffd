package org.evaw.pipeline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.Jena;
import org.evaw.mapping.Mapper;
import org.evaw.pipeline.PageMapping;

/**
 * A digest of the code that maps pages, so that an incremental build maps again every page when
 * the mapper changes, not only when a page, the ontology or the reference data does: the classes
 * of the mapping ({@code org.evaw.mapping}) and of the pipeline that validates pages and writes
 * their N-Quads ({@code org.evaw.pipeline}), and Jena's version. Only those: a new server or loader leaves
 * the pages' graphs as they were, and a build of 10^5 pages need not be made again for it. The
 * classes are read from the jar they run from or, in tests and IDEs, from class directories.
 */
final class MappingCode {
    private static final List<String> PACKAGES = List.of("org/evaw/mapping/", "org/evaw/pipeline/");
    private static volatile String digest;

    private MappingCode() {}

    static String digest() {
        if (digest == null)
            digest = compute();
        return digest;
    }

    private static String compute() {
        try {
            // Entry name -> content, sorted by name, from wherever the two packages' classes are.
            TreeMap<String, byte[]> classes = new TreeMap<>();
            for (Class<?> c : List.of(Mapper.class, PageMapping.class))
                read(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()), classes);
            MessageDigest sha = DigestUtils.getSha256Digest();
            sha.update(("jena " + Jena.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            classes.forEach((name, bytes) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            });
            return Hex.encodeHexString(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | SecurityException e) {
            // Without a readable code source, no build can be trusted to match: map every page.
            return "unknown-" + System.nanoTime();
        }
    }

    private static void read(Path where, TreeMap<String, byte[]> classes) throws IOException {
        if (Files.isDirectory(where)) {
            try (Stream<Path> walk = Files.walk(where)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    String name = where.relativize(f).toString().replace('\\', '/');
                    if (mapping(name))
                        classes.put(name, Files.readAllBytes(f));
                }
            }
            return;
        }
        try (JarFile jar = new JarFile(where.toFile())) {
            for (var entry : jar.stream().filter(e -> !e.isDirectory() && mapping(e.getName())).toList()) {
                try (InputStream in = jar.getInputStream(entry)) {
                    classes.put(entry.getName(), in.readAllBytes());
                }
            }
        }
    }

    private static boolean mapping(String name) {
        return PACKAGES.stream().anyMatch(name::startsWith);
    }
}
