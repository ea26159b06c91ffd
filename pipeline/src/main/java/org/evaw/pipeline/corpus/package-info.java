/**
 * The corpus build: {@link org.evaw.pipeline.corpus.CorpusBuild} runs the page pipeline on every
 * page of a corpus, on all cores, and writes the graphs in page order, each with its version, to
 * N-Quads (incrementally, with the manifest of {@code org.evaw.loader.manifest}), to any other
 * quads syntax, or to a {@code StreamRDF}; {@link org.evaw.pipeline.corpus.BuildSummary} is what
 * it did, each page that failed named in a {@link org.evaw.pipeline.corpus.PageFailure}.
 */
package org.evaw.pipeline.corpus;
