package org.evaw.mapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A corpus: a directory whose files are pages, read in name order. */
public final class Corpus {
    private Corpus() {}

    /** The pages of a corpus directory, in name order: its regular files, hidden ones left out. */
    public static List<Path> pages(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }
}
