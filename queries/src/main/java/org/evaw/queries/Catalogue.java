package org.evaw.queries;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.evaw.ontology.sparql.QueryFiles;

/**
 * The saved queries: every {@code .rq} file in {@code queries/src/main/resources/org/evaw/queries/saved},
 * named by its file name without extension, read from the classpath (directory or jar).
 */
public final class Catalogue {
    private static final String FOLDER = "/org/evaw/queries/saved";
    private static volatile Catalogue bundled;

    private final Map<String, SavedQuery> queries;

    private Catalogue(Map<String, String> texts) {
        Map<String, SavedQuery> parsed = new TreeMap<>();
        texts.forEach((name, text) -> parsed.put(name, SavedQueryParser.parse(name, text)));
        this.queries = Collections.unmodifiableMap(parsed);
    }

    /** The catalogue shipped with evaw-kg. */
    public static Catalogue bundled() {
        if (bundled == null) {
            synchronized (Catalogue.class) {
                if (bundled == null)
                    bundled = new Catalogue(QueryFiles.folder(Catalogue.class, FOLDER));
            }
        }
        return bundled;
    }

    /** The catalogue of {@code .rq} files in a directory. */
    public static Catalogue of(Path directory) throws IOException {
        return new Catalogue(QueryFiles.folder(directory));
    }

    public List<SavedQuery> all() {
        return List.copyOf(queries.values());
    }

    public Optional<SavedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }
}
