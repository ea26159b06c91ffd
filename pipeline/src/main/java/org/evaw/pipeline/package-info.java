/**
 * The page pipeline: {@link org.evaw.pipeline.PageMapping} takes one page through decoding,
 * analysis, RDF, SHACL validation and tally, and returns a {@link org.evaw.pipeline.MappedPage}
 * (its named graph, warnings, violations and entities). It is the one every command runs:
 * {@code build} in every output format, {@code serve} building an empty store, the benchmarks and
 * the generator's checks, through the corpus build of {@code org.evaw.pipeline.corpus}.
 */
package org.evaw.pipeline;
