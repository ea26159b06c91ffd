package org.evaw.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.apache.jena.atlas.json.JSON;
import org.evaw.mapping.iri.IriMinter;

/**
 * Writes a synthetic corpus: {@code pages} inventory pages in a directory, in the corpus's plain-text
 * format, and the gold JSON of each in its {@code gold/} subdirectory. The same seed gives the same
 * files, byte for byte, whatever the number of threads that write them.
 */
public final class CorpusGenerator {
    /** The gold annotations' subdirectory of a generated corpus. */
    public static final String GOLD = "gold";

    private final PageGenerator generator;

    public CorpusGenerator(IriMinter iris) {
        this.generator = new PageGenerator(ReferenceNames.load(iris), Templates.bundled());
    }

    public PageGenerator pages() { return generator; }

    /** What a run wrote. */
    public record Summary(int pages, long bytes) {
        public String oneLine(Path dir) {
            return String.format("%d pages generated, %,d bytes, gold in %s", pages, bytes, dir.resolve(GOLD));
        }
    }

    /** Writes pages {@code 0..pages-1} of the corpus of {@code seed}; {@code onPage} hears each file name. */
    public Summary write(int pages, long seed, Path dir, Consumer<String> onPage) throws IOException {
        if (pages < 0)
            throw new IllegalArgumentException("the number of pages must not be negative: " + pages);
        Files.createDirectories(dir.resolve(GOLD));
        AtomicLong bytes = new AtomicLong();
        try {
            IntStream.range(0, pages).parallel().forEach(i -> {
                GeneratedPage page = generator.generate(seed, i, pages);
                byte[] text = page.text().getBytes(StandardCharsets.UTF_8);
                try {
                    Files.write(dir.resolve(page.fileName()), text);
                    try (OutputStream out = Files.newOutputStream(dir.resolve(GOLD).resolve(page.fileName().replaceFirst("\\.txt$", ".json")))) {
                        JSON.write(out, page.gold());
                        out.write('\n');
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes.addAndGet(text.length);
                synchronized (onPage) {
                    onPage.accept(page.fileName());
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Summary(pages, bytes.get());
    }
}
