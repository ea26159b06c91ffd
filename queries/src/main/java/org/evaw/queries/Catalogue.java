package org.evaw.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The saved queries: every {@code .rq} file in {@code queries/src/main/resources/org/evaw/queries/saved},
 * named by its file name without extension, read from the classpath (directory or jar).
 */
public final class Catalogue {
    private static final String FOLDER = "/org/evaw/queries/saved";
    private static volatile Catalogue bundled;

    private final Map<String, SavedQuery> queries;

    private Catalogue(Map<String, SavedQuery> queries) {
        this.queries = Collections.unmodifiableMap(queries);
    }

    /** The catalogue shipped with evaw-kg. */
    public static Catalogue bundled() {
        if (bundled == null) {
            synchronized (Catalogue.class) {
                if (bundled == null)
                    bundled = readBundled();
            }
        }
        return bundled;
    }

    /** The catalogue of {@code .rq} files in a directory. */
    public static Catalogue of(Path directory) throws IOException {
        Map<String, SavedQuery> map = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                map.put(name, SavedQueryParser.parse(name, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return new Catalogue(map);
    }

    public List<SavedQuery> all() {
        return List.copyOf(queries.values());
    }

    public Optional<SavedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    private static Catalogue readBundled() {
        URL url = Catalogue.class.getResource(FOLDER);
        if (url == null)
            throw new IllegalStateException("saved queries missing from the classpath: " + FOLDER);
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return of(jar.getPath(FOLDER));
                }
            }
            return of(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
