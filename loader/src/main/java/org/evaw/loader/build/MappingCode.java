package org.evaw.loader.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.evaw.mapping.build.CorpusMapper;

/**
 * A digest of the code that maps pages, so that an incremental build maps again every page when
 * the mapper changes, not only when a page, the ontology or the reference data does: the jar the
 * mapper runs from, or, when it runs from class directories (tests, IDEs), their class files.
 */
final class MappingCode {
    private static volatile String digest;

    private MappingCode() {}

    static String digest() {
        if (digest == null)
            digest = compute();
        return digest;
    }

    private static String compute() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path where = Path.of(CorpusMapper.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Path> files;
            if (Files.isDirectory(where)) {
                try (Stream<Path> walk = Files.walk(where)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(where);
            }
            for (Path f : files) {
                sha.update(where.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(Files.newInputStream(f), sha)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NoSuchAlgorithmException | SecurityException e) {
            // Without a readable code source, no build can be trusted to match: map every page.
            return "unknown-" + System.nanoTime();
        }
    }
}
