package org.evaw.pipeline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;

import org.evaw.pipeline.ShapesLevel;
import org.junit.jupiter.api.Test;

class SparqlSampleTest {
    @Test
    void checksTheFirstPageAndEveryNthAfterIt() {
        List<Integer> sampled = IntStream.range(0, 25).filter(i -> new SparqlSample(10).level(i) == ShapesLevel.ALL).boxed().toList();
        assertEquals(List.of(0, 10, 20), sampled);
    }

    @Test
    void oneChecksEveryPageWithEveryShape() {
        assertEquals(List.of(ShapesLevel.ALL), IntStream.range(0, 7).mapToObj(new SparqlSample(1)::level).distinct().toList());
    }

    @Test
    void refusesASampleOfLessThanOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SparqlSample(0));
        assertEquals("the SPARQL-based shapes are checked on every Nth page, N at least 1: 0", e.getMessage());
    }
}
