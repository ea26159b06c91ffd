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
 * work must grow about as the text does: eight times for linear work, sixty-four for quadratic. The
 * work is counted, not timed, so that other work on the machine cannot fail the test: the bytes
 * the reading thread allocates (every passage, span, mention, JSON member and quad is an
 * allocation, and a text copied again at each step is quadratic in them) and the size of what comes
 * out (passages, mentions, quads). The time itself, and a 100 MB run, are measured by
 * {@code HostileTextRun} in the bench module (BENCHMARKS.md), not in the unit phase.
 */
class HostileTextTest {
    private static final Mapper MAPPER = new Mapper(IriMinter.defaultBase());
    private static final DocumentRdf RDF = new DocumentRdf(IriMinter.defaultBase());
    private static final int SMALL = 100_000;
    private static final int LARGE = 8 * SMALL;
    /**
     * Linear work grows 8 times between the sizes, quadratic work 64 times. The bytes allocated
     * grew 7.5 to 8.0 times for every kind of text (they do not depend on the machine's load, as
     * time did, so the bound no longer needs the slack of a shared machine).
     */
    private static final double MAX_GROWTH = 12;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

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
                // Names cut short that an acronym's definition carries on to its bracket, and back over words before them.
                "the Riverland Institute of ICT in Learning (RIIL) and the Truth, Justice and Reparations Commission (TJRC), ",
                "e.g. ",
                "a-",
                // Names in the other UN languages: Chinese is read a character at a time, Russian and Arabic words folded.
                "联合国在越南和柬埔寨",
                "в Республике Молдова ",
                "وبالمغرب ");
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void workGrowsLinearlyWithTheText(@ForAll("hostileUnits") String unit) {
        read(repeat(unit, SMALL / 4));
        Read small = read(repeat(unit, SMALL));
        Read large = read(repeat(unit, LARGE));
        assertLinear("reading \"" + unit.strip() + "\"", small, large);
    }

    @Example
    void readsTenMegabytesWithoutALineBreakWithWorkLinearInTheText() {
        String unit = "Since 2019, WHO has worked with the Government of Norway and UNFPA in Iraq (Erbil) on resolution 2467. ";
        read(repeat(unit, 125_000));
        Read small = read(repeat(unit, 1_250_000));
        Read large = read(repeat(unit, 10_000_000));
        assertTrue(large.analysis().passages().stream().allMatch(p -> p.text().length() <= 4000), "every passage is bounded");
        assertLinear("10 MB against 1.25 MB", small, large);
    }

    /** The larger read did at most {@link #MAX_GROWTH} times the work of the smaller, eight times shorter, and gave no more out. */
    private static void assertLinear(String what, Read small, Read large) {
        double work = (double) large.allocated() / Math.max(small.allocated(), 1);
        System.out.printf("hostile-text: %s: 8 times the text, %.1f times the bytes allocated (%d MB, then %d MB), %d then %d quads%n",
                what, work, small.allocated() / 1_000_000, large.allocated() / 1_000_000, small.quads(), large.quads());
        assertTrue(work < MAX_GROWTH, what + ": the thread allocated " + work + " times as much for 8 times the text ("
                + small.allocated() / 1_000_000 + " MB, then " + large.allocated() / 1_000_000 + " MB)");
        assertTrue(large.quads() <= MAX_GROWTH * Math.max(small.quads(), 1), what + ": " + small.quads() + " quads, then " + large.quads());
        long smallMentions = mentions(small.analysis()), largeMentions = mentions(large.analysis());
        assertTrue(largeMentions <= MAX_GROWTH * Math.max(smallMentions, 1), what + ": " + smallMentions + " mentions, then " + largeMentions);
    }

    private static long mentions(DocumentAnalysis a) {
        return a.passages().stream().mapToLong(p -> p.mentions().size()).sum();
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

    private record Read(DocumentAnalysis analysis, long quads, long allocated) {}

    /** A text analysed, its extract JSON and its RDF written, with the bytes this thread allocated doing it. */
    private static Read read(String text) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        DocumentAnalysis a = analyse(text);
        JsonObject json = ExtractReport.of(a, MAPPER.recognisers(), false);
        AtomicLong quads = new AtomicLong();
        RDF.write(a, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) { quads.incrementAndGet(); }
        });
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        assertTrue(json.hasKey("agencies") && quads.get() > 0);
        return new Read(a, quads.get(), allocated);
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
