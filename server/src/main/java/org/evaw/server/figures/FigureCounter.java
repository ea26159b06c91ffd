package org.evaw.server.figures;

import org.apache.jena.sparql.core.DatasetGraph;

/** A way of counting a dataset's {@link DatasetFigures}; {@link FigureCounters} picks one for a dataset. */
public interface FigureCounter {
    /**
     * The dataset's figures, read in one read transaction of its own.
     *
     * @param uriSpace the IRI prefix of the graph's entities (what {@code void:entities} counts)
     */
    DatasetFigures count(DatasetGraph dataset, String uriSpace);
}
