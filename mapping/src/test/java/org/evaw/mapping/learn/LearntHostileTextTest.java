package org.evaw.mapping.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.evaw.mapping.Mapper;
import org.evaw.mapping.analysis.DocumentAnalysis;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.SourcePage;
import org.evaw.ontology.OntologyFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text stays linear with the learnt names on, as {@code HostileTextTest} asks of the rules:
 * a text eight times longer makes the reading thread allocate no more than {@link #MAX_GROWTH}
 * times the bytes (quadratic work would be sixty-four), counted, not timed; a name repeated 200,000
 * times (6 MB) gives no more entities than one repeated 2,000 times.
 */
class LearntHostileTextTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Mapper MAPPER = new Mapper(IRIS, List.of(), OntologyFiles.conceptSchemes(),
            NameRecognition.RULES_AND_LEARNT.learnt(IRIS));
    private static final int SMALL = 50_000;
    private static final double MAX_GROWTH = 12;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    @ParameterizedTest
    @ValueSource(strings = {
            "In 2021, UNDP supported the Kassala Women Farmers Network and the Safe Villages Initiative with Un Ponte Per (UPP). ",
            "Ministry of ", "Women Farmers Network ", "UNDP. ", "Association (", "the Kassala Women Farmers Network and "})
    void workGrowsLinearlyWithTheText(String unit) throws Exception {
        read(unit.repeat(SMALL / unit.length() / 4));
        long small = read(unit.repeat(SMALL / unit.length()));
        long large = read(unit.repeat(8 * SMALL / unit.length()));
        double growth = (double) large / Math.max(small, 1);
        assertTrue(growth < MAX_GROWTH, "\"" + unit + "\": 8 times the text, " + growth + " times the bytes allocated");
    }

    /**
     * The entities a repeated name gives do not grow with the repeats: 200,000 give no more than
     * 2,000 do, and a handful at most (which ones, the learnt model decides: it is retrained whenever
     * the development set grows).
     */
    @org.junit.jupiter.api.Test
    void keepsANameRepeatedTwoHundredThousandTimesToABoundedNumberOfEntities() throws Exception {
        long few = entities("Kassala Women Farmers Network ".repeat(2_000));
        long many = entities("Kassala Women Farmers Network ".repeat(200_000));
        assertTrue(many <= few && many <= 4, many + " entities from 200,000 repeats, " + few + " from 2,000");
    }

    private static long entities(String text) throws Exception {
        DocumentAnalysis a = MAPPER.analyser().analyse(new SourcePage("x", "x.txt", text));
        return a.passages().stream().flatMap(p -> p.mentions().stream()).map(m -> m.entity().iri()).distinct().count();
    }

    private static long read(String text) throws Exception {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        MAPPER.analyser().analyse(new SourcePage("x", "x.txt", text));
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }
}
