package org.evaw.server.linkeddata;

import org.apache.jena.sparql.core.DatasetGraph;
import org.evaw.server.figures.DatasetFigures;
import org.evaw.server.figures.FigureCounter;
import org.evaw.server.figures.FigureCounters;

/**
 * The served dataset's figures, counted once for the VoID description and the service
 * description alike: whichever asks first counts, the other waits for the same figures. The store
 * cannot change under a read-only server.
 */
final class StoreFigures {
    private final DatasetGraph dataset;
    private final String uriSpace;
    private final FigureCounter counter;
    private DatasetFigures figures;

    StoreFigures(DatasetGraph dataset, String uriSpace) {
        this.dataset = dataset;
        this.uriSpace = uriSpace;
        this.counter = FigureCounters.forDataset(dataset);
    }

    synchronized DatasetFigures get() {
        if (figures == null)
            figures = counter.count(dataset, uriSpace);
        return figures;
    }
}
