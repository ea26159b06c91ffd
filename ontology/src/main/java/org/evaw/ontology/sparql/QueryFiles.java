package org.evaw.ontology.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * Reads SPARQL kept as {@code .rq} files, UTF-8, from the classpath or a directory: one query's
 * text or parsed query, or every {@code .rq} file of a folder by name. A resource missing from the
 * classpath or a bundled query that does not parse is a broken build, reported unchecked.
 *
 * <pre>
 *   Query summary = QueryFiles.query(SummaryGraph.class, "summary.rq");
 *   Map&lt;String, String&gt; saved = QueryFiles.folder(Catalogue.class, "/org/evaw/queries/saved");
 * </pre>
 */
public final class QueryFiles {
    /** The extension of a SPARQL query file. */
    public static final String EXTENSION = ".rq";

    private QueryFiles() {}

    /** The text of a resource, named as {@link Class#getResource} names it: beside {@code anchor}, or from the root with '/'. */
    public static String text(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("missing from the classpath: " + resource + " (beside " + anchor.getName() + ")");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query a resource holds, parsed. */
    public static Query query(Class<?> anchor, String resource) {
        String text = text(anchor, resource);
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalStateException(resource + " does not parse: " + e.getMessage(), e);
        }
    }

    /** The text of a query file. */
    public static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Every {@code .rq} file directly in a directory: its name without the extension to its text, sorted by name. */
    public static SortedMap<String, String> folder(Path directory) throws IOException {
        SortedMap<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(EXTENSION)).toList()) {
                String name = f.getFileName().toString();
                texts.put(name.substring(0, name.length() - EXTENSION.length()), text(f));
            }
        }
        return texts;
    }

    /** Every {@code .rq} file of a classpath folder, in a directory or a jar, as {@link #folder(Path)} gives them. */
    public static SortedMap<String, String> folder(Class<?> anchor, String folder) {
        URL url = anchor.getResource(folder);
        if (url == null)
            throw new IllegalStateException("missing from the classpath: " + folder + " (beside " + anchor.getName() + ")");
        return folder(url);
    }

    static SortedMap<String, String> folder(URL url) {
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme()))
                return folder(Path.of(uri));
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return folder(jar.provider().getPath(uri));
            } catch (FileSystemAlreadyExistsException e) {
                // Someone else holds the jar open: read through theirs, and leave it open.
                return folder(FileSystems.getFileSystem(uri).provider().getPath(uri));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
