/**
 * What the store holds, counted: the sizes, class partitions, named graphs and label languages
 * that the VoID description and the SPARQL Service Description state. One interface
 * ({@link org.evaw.server.figures.FigureCounter}), two ways of counting chosen by
 * {@link org.evaw.server.figures.FigureCounters}: TDB2's own indexes read in their order, or
 * SPARQL over any dataset. Both give the same figures, which a test checks.
 */
package org.evaw.server.figures;
