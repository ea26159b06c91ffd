/**
 * Synthetic corpora with their gold annotations.
 *
 * {@link org.evaw.generator.CorpusGenerator} writes pages in the inventory's layouts, naming
 * agencies, countries, places, programmes, partners and instruments drawn from the reference data
 * with Zipf weights, and beside each page the gold JSON of what it names in the shape
 * {@code extract --json} prints; the same seed writes the same bytes. {@code generate}, the
 * benchmarks and the evaluation of the extraction read what it writes.
 */
package org.evaw.generator;
