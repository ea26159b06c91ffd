package org.evaw.pipeline.corpus;

import org.evaw.pipeline.ShapesLevel;

/**
 * Which pages of a build are validated with the SPARQL-based shapes as well as the SHACL Core ones:
 * the first and every {@code every}-th after it, by place in the build's page order, so the same
 * pages are chosen whatever the threads. {@code every = 1} checks every page with every shape.
 */
public record SparqlSample(int every) {
    /** The default: one page in ten. */
    public static final int DEFAULT_EVERY = 10;

    public SparqlSample {
        if (every < 1)
            throw new IllegalArgumentException("the SPARQL-based shapes are checked on every Nth page, N at least 1: " + every);
    }

    /** The shapes the page at {@code index} (from 0, in page order) is validated with. */
    public ShapesLevel level(int index) {
        return index % every == 0 ? ShapesLevel.ALL : ShapesLevel.CORE;
    }
}
