package org.evaw.pipeline;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageFormatException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pages that once broke the page reader, the recognisers or the RDF writer, kept as files under
 * {@code src/test/resources/org/evaw/pipeline/fuzz/}: each must be refused by name or mapped, by the
 * page pipeline, to RDF whose every literal is well-formed Unicode.
 */
class FuzzRegressionTest {
    private static final Path FIXTURES = Path.of("src/test/resources/org/evaw/pipeline/fuzz");
    private static final PageMapping MAPPING = PageMapping.create(IriMinter.defaultBase());

    @TestFactory
    Stream<DynamicTest> everyPageThatOnceFailedIsNowRefusedByNameOrMappedCleanly() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.sorted().toList().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                String name = file.getFileName().toString();
                mapsCleanly(name, Files.readAllBytes(file));
            }));
        }
    }

    private static void mapsCleanly(String name, byte[] bytes) {
        MappedPage out;
        try {
            out = MAPPING.map(name, bytes);
        } catch (PageFormatException refused) {
            assertTrue(refused.getMessage().startsWith(name + ": "), refused.getMessage());
            return;
        }
        assertTrue(out.quads().findAny().isPresent(), "the page was mapped to quads");
        out.quads().forEach(q -> {
            Node o = q.getObject();
            if (o.isLiteral())
                assertTrue(wellFormed(o.getLiteralLexicalForm()), () -> "a literal of " + q.getPredicate() + " holds a lone surrogate: " + o);
        });
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(++i))))
                return false;
            if (Character.isLowSurrogate(c))
                return false;
        }
        return true;
    }
}
