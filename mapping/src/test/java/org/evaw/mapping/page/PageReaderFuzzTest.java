package org.evaw.mapping.page;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.analysis.DocumentAnalysis;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.rdf.DocumentRdf;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing the page reader: corpus pages mutated byte by byte ({@link CorpusMutations}) go through
 * the decoder, the parser, the analyser and the RDF writer. Whatever the bytes, a page is either
 * refused with a {@link PageFormatException} that names the file, or read without losing or
 * changing a character, and everything found in it points at text that is there. Bounded by the
 * number of tries; the seed jqwik prints replays a failure.
 */
class PageReaderFuzzTest {
    private static final Mapper MAPPER = new Mapper(IriMinter.defaultBase());
    private static final DocumentRdf RDF = new DocumentRdf(IriMinter.defaultBase());
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Provide
    Arbitrary<byte[]> mutatedPages() {
        return CorpusMutations.pages();
    }

    @Provide
    Arbitrary<byte[]> mostlyReadablePages() {
        return Arbitraries.frequencyOf(Tuple.of(3, CorpusMutations.textPages()), Tuple.of(1, CorpusMutations.pages()));
    }

    @Property(tries = 4000)
    void theDecoderRefusesOrKeepsEveryByte(@ForAll("mutatedPages") byte[] bytes) {
        SourcePage page;
        try {
            page = PageDecoder.decode("fuzz.txt", bytes);
        } catch (PageFormatException refused) {
            assertTrue(refused.getMessage().startsWith("fuzz.txt: "), refused.getMessage());
            Statistics.collect("refused: " + reason(refused));
            return;
        }
        Statistics.collect("decoded");
        byte[] kept = page.text().getBytes(StandardCharsets.UTF_8);
        byte[] given = startsWithBom(bytes) ? Arrays.copyOfRange(bytes, BOM.length, bytes.length) : bytes;
        assertArrayEquals(given, kept, "the decoded text is the file's text, not a repaired copy");
    }

    @Property(tries = 1500)
    void aMutatedPageIsRefusedByNameOrMappedWithSpansInsideTheText(@ForAll("mostlyReadablePages") byte[] bytes) {
        DocumentAnalysis analysis;
        try {
            analysis = MAPPER.analyser().analyse(PageDecoder.decode("fuzz.txt", bytes));
        } catch (PageFormatException refused) {
            assertTrue(refused.getMessage().startsWith("fuzz.txt: "), refused.getMessage());
            Statistics.collect("refused: " + reason(refused));
            return;
        }
        Statistics.collect(analysis.activities().isEmpty() ? "mapped, no activity" : "mapped, with activities");
        String text = analysis.page().text();
        for (Block b : analysis.layout().blocks())
            assertTrue(0 <= b.start() && b.start() <= b.end() && b.end() <= text.length(), b.toString());
        analysis.passages().forEach(p -> {
            assertEquals(text.substring(p.start(), p.end()), p.text(), "a passage's text is the page's text at its span");
            p.mentions().forEach(m -> assertTrue(p.start() <= m.start() && m.end() <= p.end(), m + " lies outside " + p.block()));
        });
        // A dataset sink: a graph sink would drop the writer's quads, which are all in named graphs.
        RDF.write(analysis, StreamRDFLib.dataset(DatasetGraphFactory.create()));
    }

    /** The kind of refusal, without the details that vary from input to input. */
    private static String reason(PageFormatException e) {
        String why = e.getMessage().substring("fuzz.txt: ".length());
        int cut = why.indexOf(" (");
        return cut > 0 ? why.substring(0, cut) : why.split(":")[0];
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && Arrays.equals(bytes, 0, 3, BOM, 0, 3);
    }
}
