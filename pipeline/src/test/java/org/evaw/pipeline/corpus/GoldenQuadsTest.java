package org.evaw.pipeline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.evaw.mapping.Corpus;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.pipeline.PageMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled corpus builds to the same quads as it did before the page pipeline had a module of
 * its own: {@code corpus.nq.gz} beside this test is what {@code bin/evaw-kg build --out X.nq} wrote
 * on main before the change (commit {@code 0a15d069}), gzipped, written again when the mapper of
 * issue 11 was merged (the quads its own branch built, with main's ontology). Both sides are compared as sorted
 * N-Quads lines with blank node labels left out (the ontology's blank nodes are labelled anew on
 * every run) and every graph's {@code dcterms:hasVersion} value left out (versions are hashes of
 * the mapping's code, which any change to it changes).
 * <p>
 * When a deliberate change to the mapping, the ontology or the reference data changes the
 * corpus's quads, this test fails with the lines that differ; once they are the intended ones,
 * write the file again from the new code, from the project's root:
 * <pre>
 *   bin/evaw-kg build --full --out /tmp/corpus.nq
 *   gzip -9 -n -c /tmp/corpus.nq &gt; pipeline/src/test/resources/org/evaw/pipeline/corpus.nq.gz
 * </pre>
 */
class GoldenQuadsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/org/evaw/pipeline/corpus.nq.gz");
    private static final Pattern BLANK_NODE = Pattern.compile("_:\\S+");
    private static final Pattern VERSION = Pattern.compile("^(<[^>]+> <http://purl.org/dc/terms/hasVersion> )\"[^\"]*\"( <[^>]+> \\.)$");

    @TempDir
    Path work;

    @Test
    void buildsTheBundledCorpusToTheQuadsOfTheBuildBeforeThePipelineModule() throws IOException {
        Path out = work.resolve("corpus.nq");
        BuildSummary summary = CorpusBuild.create(PageMapping.create(IriMinter.defaultBase())).build()
                .run(Corpus.pages(Path.of("../corpus")), out, page -> { });
        assertTrue(summary.succeeded(), summary.oneLine());
        List<String> golden;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(GOLDEN))) {
            golden = canonical(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<String> built = canonical(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(golden.size(), summary.quads(), "the summary counts the quads");
        assertEquals(differences(golden, built), "", "quads that differ from the golden build (- golden only, + this build only)");
        assertEquals(golden, built);
    }

    /** The quads' lines sorted, blank node labels and version values left out; comments (the build's opening and closing lines) are not quads. */
    private static List<String> canonical(String nquads) {
        return nquads.lines()
                .filter(line -> !line.startsWith("#"))
                .map(line -> VERSION.matcher(line).replaceFirst("$1\"(version)\"$2"))
                .map(line -> BLANK_NODE.matcher(line).replaceAll("_:"))
                .sorted().toList();
    }

    /** Up to 20 lines on each side that the other lacks, counted as multisets. */
    private static String differences(List<String> golden, List<String> built) {
        TreeMap<String, Integer> count = new TreeMap<>();
        golden.forEach(l -> count.merge(l, 1, Integer::sum));
        built.forEach(l -> count.merge(l, -1, Integer::sum));
        List<String> lines = new ArrayList<>();
        count.forEach((line, n) -> {
            if (n != 0 && lines.size() < 40)
                lines.add((n > 0 ? "- " : "+ ") + line);
        });
        return String.join("\n", lines);
    }
}
