/**
 * Reading an RDF file before and while it is loaded, strictly and taking nothing from elsewhere:
 * {@link org.evaw.loader.read.RdfFiles} parses with Jena's parsers, warnings taken as errors, after
 * a pass that refuses text that is not UTF-8, nesting deeper than a parser's stack allows, and
 * compressed input that is cut short or inflates past {@link org.evaw.loader.read.ReadLimits};
 * JSON-LD contexts come only from the built-in set. What cannot be loaded is said as a value,
 * {@link org.evaw.loader.read.LoadFailure} (file, line, column, reason), as RDF4J's
 * {@code ParseErrorCollector} and Jena's {@code ErrorHandler} report parse errors.
 */
package org.evaw.loader.read;
