package org.evaw.mapping.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.extract.ExtractReport;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.SourcePage;
import org.evaw.mapping.rdf.DocumentRdf;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile text stays bounded: a text with no line break, a name repeated hundreds of thousands of
 * times, brackets nested a million deep, unclosed quotes, endless lists. Each is read (analysis,
 * the extract JSON and the RDF, to a sink that only counts) at two sizes eight times apart, and the
 * time must grow about as the text does: eight times for linear work, sixty-four for quadratic;
 * the bound allows the noise of a shared machine. A 100 MB run is a check made by hand
 * (BENCHMARKS.md), not part of the unit phase.
 */
class HostileTextTest {
    private static final Mapper MAPPER = new Mapper(IriMinter.defaultBase());
    private static final DocumentRdf RDF = new DocumentRdf(IriMinter.defaultBase());
    private static final int SMALL = 100_000;
    private static final int LARGE = 8 * SMALL;
    /** Linear work grows 8 times between the sizes, quadratic work 64 times. */
    private static final double MAX_GROWTH = 24;

    @Provide
    Arbitrary<String> hostileUnits() {
        return Arbitraries.of(
                "In 2021, UNDP and UN Women supported the Ministry of Health of Nepal under UNSCR 1325 with Un Ponte Per (UPP). ",
                "UNDP ",
                "(",
                "Ministry of ",
                "A/A/",
                "resolution 1325, ",
                "\u201Cx ",
                "Government of Norway, ",
                "e.g. ",
                "a-",
                // Names in the other UN languages: Chinese is read a character at a time, Russian and Arabic words folded.
                "联合国在越南和柬埔寨",
                "в Республике Молдова ",
                "وبالمغرب ");
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void timeGrowsLinearlyWithTheText(@ForAll("hostileUnits") String unit) {
        read(repeat(unit, SMALL / 4));
        long small = Math.max(read(repeat(unit, SMALL)).nanos(), 1_000_000);
        long large = read(repeat(unit, LARGE)).nanos();
        double growth = (double) large / small;
        assertTrue(growth < MAX_GROWTH, "reading \"" + unit.strip() + "\" grew " + growth + " times for 8 times the text ("
                + small / 1_000_000 + " ms, then " + large / 1_000_000 + " ms)");
    }

    @Example
    void readsTenMegabytesWithoutALineBreakInTimeLinearInTheText() {
        String unit = "Since 2019, WHO has worked with the Government of Norway and UNFPA in Iraq (Erbil) on resolution 2467. ";
        long small = read(repeat(unit, 1_250_000)).nanos();
        Read large = read(repeat(unit, 10_000_000));
        assertTrue(large.analysis().passages().stream().allMatch(p -> p.text().length() <= 4000), "every passage is bounded");
        double growth = (double) large.nanos() / small;
        assertTrue(growth < MAX_GROWTH, "10 MB took " + growth + " times as long as 1.25 MB (" + large.nanos() / 1_000_000 + " ms)");
    }

    @Example
    void keepsAMillionRepeatedNamesToABoundedNumberOfMentions() {
        DocumentAnalysis a = analyse("UNDP ".repeat(1_000_000));
        long mentions = a.passages().stream().mapToLong(p -> p.mentions().size()).sum();
        assertTrue(mentions <= (long) a.passages().size() * DocumentAnalyser.MAX_MENTIONS_PER_ENTITY,
                mentions + " mentions in " + a.passages().size() + " passages");
        assertTrue(ExtractReport.of(a, MAPPER.recognisers(), false).get("agencies").getAsArray().size() == 1);
    }

    @Example
    void readsAMillionNestedBracketsAndQuotes() {
        String text = "(".repeat(1_000_000) + "UNDP" + ")".repeat(1_000_000) + "\u201C".repeat(500_000) + "Ministry of Health";
        DocumentAnalysis a = analyse(text);
        assertTrue(a.passages().stream().anyMatch(p -> p.mentions().stream().anyMatch(m -> "UNDP".equals(m.entity().code()))));
    }

    private record Read(DocumentAnalysis analysis, long nanos) {}

    /** A text analysed, with the nanoseconds it took to analyse it, write its extract JSON and its RDF. */
    private static Read read(String text) {
        long start = System.nanoTime();
        DocumentAnalysis a = analyse(text);
        JsonObject json = ExtractReport.of(a, MAPPER.recognisers(), false);
        AtomicLong quads = new AtomicLong();
        RDF.write(a, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) { quads.incrementAndGet(); }
        });
        assertTrue(json.hasKey("agencies") && quads.get() > 0);
        return new Read(a, System.nanoTime() - start);
    }

    private static DocumentAnalysis analyse(String text) {
        try {
            return MAPPER.analyser().analyse(new SourcePage("hostile", "hostile.txt", text));
        } catch (org.evaw.mapping.page.PageFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
