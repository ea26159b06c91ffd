package org.evaw.server.linkeddata;

import org.evaw.server.figures.DatasetFigures;

/**
 * Whether the descriptions list every named graph with its size. Up to {@link #MOST} they do;
 * past it they give the totals only and leave the graphs to {@code /graph/…}: at 10^5 pages the
 * service description listing them all was a 33 MB document, written again for every request.
 */
final class NamedGraphListing {
    /** The most named graphs the descriptions list one by one. */
    static final int MOST = 1000;

    private NamedGraphListing() {}

    static boolean listsEach(DatasetFigures figures) {
        return figures.graphs().size() <= MOST;
    }
}
