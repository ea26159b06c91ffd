package org.evaw.mapping.extract;

import java.nio.file.Path;
import java.util.Map;

/**
 * The test split, {@code eval/test}: annotated before the mapper was run over it, and never tuned
 * on. Its floors guard against regressions only; the goals of issue 11 (overall F1 at least 0.90,
 * every type at least 0.85) are not all met yet (EVALUATION.md).
 */
class TestSetGoldTest extends SplitGoldTest {
    @Override Path split() { return Path.of("../eval/test"); }

    @Override int documents() { return 10; }

    /**
     * Measured with {@code bin/evaw-kg eval --gold eval/test/gold --corpus eval/test} at the end of
     * session 4: agencies 0.981, countries 0.931, resolutions 1.000, programmes 0.712, partners 0.764,
     * periods 0.913 (session 3: 0.981, 0.914, 1.000, 0.702, 0.727, 0.874). Nothing in the mapper was
     * changed because of a test document; the figures are only read here.
     */
    @Override Map<String, Double> floors() {
        return Map.of("agencies", 0.96, "countries", 0.92, "resolutions", 0.98, "programmes", 0.69, "partners", 0.74,
                "periods", 0.90);
    }

    /** Measured 0.883 (0.864 in session 3). */
    @Override double overallFloor() { return 0.87; }

    /** Measured 0.815 and 0.846. */
    @Override Map<String, Double> classificationFloors() { return Map.of("subjects", 0.80, "interventions", 0.83); }
}
