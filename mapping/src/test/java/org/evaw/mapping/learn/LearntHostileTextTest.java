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
 * times (6 MB) is still one or two entities.
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

    @org.junit.jupiter.api.Test
    void keepsANameRepeatedTwoHundredThousandTimesToABoundedNumberOfEntities() throws Exception {
        DocumentAnalysis a = MAPPER.analyser().analyse(new SourcePage("x", "x.txt", "Kassala Women Farmers Network ".repeat(200_000)));
        long entities = a.passages().stream().flatMap(p -> p.mentions().stream()).map(m -> m.entity().iri()).distinct().count();
        assertTrue(entities <= 2, entities + " entities");
    }

    private static long read(String text) throws Exception {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        MAPPER.analyser().analyse(new SourcePage("x", "x.txt", text));
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }
}
