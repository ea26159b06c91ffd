package org.evaw.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.evaw.loader.manifest.BuildManifest;
import org.evaw.loader.read.LoadFailure;
import org.evaw.loader.read.RdfFileException;
import org.evaw.loader.read.RdfFiles;

/**
 * The loader's view of a build's N-Quads file ({@code .nq} or {@code .nq.gz}) and the
 * {@link BuildManifest} beside it. A file whose manifest does not describe it, such as a
 * {@code .nq.gz} cut at a gzip member boundary (every member whole, so gzip itself sees nothing
 * wrong), is refused rather than loaded as far as it goes.
 */
final class BuildFiles {
    private BuildFiles() {}

    /** The manifest that describes the file, if it is a build's N-Quads with one beside it. */
    static Optional<BuildManifest> manifest(Path file) {
        return nquads(file) ? BuildManifest.readFor(file) : Optional.empty();
    }

    /** Refuses a build's N-Quads file that has a manifest beside it that does not describe it. */
    static void check(Path file) throws RdfFileException {
        if (!nquads(file) || !Files.exists(BuildManifest.of(file)) || BuildManifest.readFor(file).isPresent())
            return;
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new RdfFileException(LoadFailure.of(file, "cannot read: " + e.getMessage()), e);
        }
        String stated = statedSize(BuildManifest.of(file)).map(s -> s + " bytes").orElse("another size");
        throw new RdfFileException(LoadFailure.of(file, "the file is " + size + " bytes but its manifest ("
                + BuildManifest.of(file).getFileName() + ") states " + stated + ": it stops short of its build, or the manifest "
                + "is another build's; refused, nothing loaded (remove the manifest to load the file as it is)"));
    }

    private static boolean nquads(Path file) {
        return RdfFiles.syntax(file).map(Lang.NQUADS::equals).orElse(false);
    }

    /** The size of the file the manifest was written for, as its {@code output-size} line says. */
    private static Optional<Long> statedSize(Path manifest) {
        try (Stream<String> lines = Files.lines(manifest, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("output-size\t")).findFirst()
                    .map(l -> Long.parseLong(l.substring("output-size\t".length()).strip()));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
