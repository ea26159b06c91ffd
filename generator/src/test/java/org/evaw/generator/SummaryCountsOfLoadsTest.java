package org.evaw.generator;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary of a bulk load of the bundled corpus, built and loaded as {@code build --full} and
 * {@code load} do, is the same by the walk of the store's index as by the queries over the union
 * of its graphs: summary.rq's counts, and the orders restated in Java
 * ({@link SummaryAgreement}); {@link SummaryCountsOfGeneratedPagesIT} does the same for 1 000
 * generated pages.
 */
class SummaryCountsOfLoadsTest {
    @TempDir
    Path work;

    @Test
    void theBundledCorpusSummarisesTheSameEitherWay() throws IOException {
        SummaryAgreement.assertSameSummaryEitherWay(Path.of("../corpus"), work);
    }
}
