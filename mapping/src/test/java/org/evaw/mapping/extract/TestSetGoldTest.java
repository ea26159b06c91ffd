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

    @Override int documents() { return 84; }

    /**
     * Measured with {@code bin/evaw-kg eval --gold eval/test/gold --corpus eval/test} in session 22,
     * when the split grew from 12 documents to 24 (the second batch annotated before any mapper run
     * over it): agencies 0.972, countries 0.987, resolutions 1.000, programmes 0.688, partners 0.776,
     * periods 0.943 (the first 12 alone in session 21: overall 0.918, programmes 0.754, partners 0.797).
     * Nothing in the mapper was changed because of a test document; the figures are only read here.
     * Session 25, read at its end: programmes 0.700, partners 0.776, overall 0.888 (0.673, 0.773 and 0.885 with the
     * session's start mapper): the floors of programmes, partners and overall go just under them.
     * Session 26: the split grew to 48 documents (the third and fourth batches, annotT3 and annotT4,
     * annotated before any mapper run; their 24 alone: 0.870 overall, programmes 0.675, partners
     * 0.798, identical with the session's start and end mappers). The 48: agencies 0.978, countries
     * 0.982, resolutions 1.000, programmes 0.689, partners 0.786, periods 0.934, overall 0.881,
     * subjects 0.925, interventions 0.821: the floors go just under them (programmes 0.68 is lower
     * than the 24's floor because the split is larger, not because the mapper is worse).
     * Session 27: the fifth batch (annotT5, annotated before any mapper run; its 12 alone: 0.833 overall with the
     * session's start mapper, 0.841 with its end) made 60. The 60 with the start mapper: programmes 0.697, partners
     * 0.769, overall 0.875, subjects 0.914, interventions 0.816; with the end mapper: agencies 0.980, countries 0.981,
     * resolutions 1.000, programmes 0.710, partners 0.773, periods 0.935, overall 0.878, subjects 0.914, interventions
     * 0.819. The partners' and subjects' floors go under them: the new batch is harder for both mappers alike.
     * Session 28: the sixth and seventh batches (annotT6, annotT7, annotated before any mapper run; T6 0.941 -> 0.938,
     * T7 0.851 -> 0.854 with the session's start and end rules, 0.955 and 0.862 with the start rules and the learnt names)
     * made 84. The learnt names are the mapper's default now (this test's mapper): agencies 0.982, countries 0.983,
     * resolutions 1.000, programmes 0.710, partners 0.808, periods 0.939, overall 0.890, subjects 0.915, interventions
     * 0.807 (the rules alone: programmes 0.704, partners 0.793, overall 0.886; the session's start 0.704, 0.781, 0.883).
     * The floors of programmes, partners and overall rise just under them; interventions goes to 0.80 (the new batches
     * are harder to classify for every mapper).
     * Session 29 (rules written on the dev set only): programmes 0.718, partners 0.806, overall 0.890, the rest as in
     * session 28; the programmes' floor goes to 0.71. Session 30 (rules written on the dev set only): programmes 0.731,
     * partners 0.806, overall 0.892, the rest as in session 28; the programmes' floor goes to 0.72.
     */
    @Override Map<String, Double> floors() {
        return Map.of("agencies", 0.96, "countries", 0.97, "resolutions", 0.98, "programmes", 0.72, "partners", 0.80,
                "periods", 0.93);
    }

    /** Measured 0.890 on the 84 (session 28, the learnt names on), 0.878 on the 60 (session 27), 0.881 on the 48 (session 26), 0.888 on the 24 (session 25), 0.918 on the first 12 (session 21). */
    @Override double overallFloor() { return 0.885; }

    /** Measured 0.915 and 0.807 on the 84 (session 28), 0.914 and 0.819 on the 60 (session 27), 0.925 and 0.821 on the 48 (0.899 and 0.833 on the 24). */
    @Override Map<String, Double> classificationFloors() { return Map.of("subjects", 0.91, "interventions", 0.80); }
}
