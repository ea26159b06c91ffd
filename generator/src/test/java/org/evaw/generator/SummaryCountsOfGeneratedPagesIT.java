package org.evaw.generator;

import java.io.IOException;
import java.nio.file.Path;

import org.evaw.mapping.iri.IriMinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary of a bulk load of 1 000 generated pages, built and loaded as {@code build --full}
 * and {@code load} do, is the same by the walk of the store's index as by the queries over the
 * union of its graphs ({@link SummaryAgreement}; minutes: an integration test).
 */
class SummaryCountsOfGeneratedPagesIT {
    @TempDir
    Path work;

    @Test
    void aThousandGeneratedPagesSummariseTheSameEitherWay() throws IOException {
        Path pages = work.resolve("pages");
        new CorpusGenerator(IriMinter.defaultBase()).write(1000, 1, pages, page -> { });
        SummaryAgreement.assertSameSummaryEitherWay(pages, work);
    }
}
