/**
 * Loading RDF files into a store of named graphs, shaped as Jena's TDB2 loaders are: one
 * interface, {@link org.evaw.loader.StoreLoader}; a factory, {@link org.evaw.loader.LoaderFactory},
 * that picks the strategy for the store and for each file (Jena's bulk loader into an empty TDB2
 * store, one transaction per file into one that holds graphs, only the changed graphs of a build
 * with its manifest, a Graph Store Protocol request per graph into a SPARQL store); the stores
 * themselves ({@link org.evaw.loader.GraphStore}); and the summary graph that every load keeps
 * up to date ({@link org.evaw.loader.SummaryGraph}), whose counts come by one of two ways to the
 * same triples ({@link org.evaw.loader.SummaryCounts}). Every strategy replaces each named graph a
 * file holds, never adds to it, and loads a file whole or refuses it, leaving the store as it was,
 * with a {@link org.evaw.loader.read.LoadFailure} in its {@link org.evaw.loader.LoadReport}.
 * Reading a file, strictly and within limits, is {@link org.evaw.loader.read}.
 */
package org.evaw.loader;
