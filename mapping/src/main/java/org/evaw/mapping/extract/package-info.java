/**
 * The entities a document names, as the JSON of the extraction contract.
 *
 * {@link org.evaw.mapping.extract.ExtractReport} writes what {@code extract --json} prints (its
 * keys are the contract evaluation tools read), and {@link org.evaw.mapping.extract.GoldComparison}
 * scores such reports against gold annotations of the same shape, type by type, for {@code eval}.
 */
package org.evaw.mapping.extract;
