/**
 * The {@code evaw-kg} command line.
 *
 * {@link org.evaw.cli.EvawKg} is the top command; each subcommand (build, extract, load, serve,
 * query, queries, validate, eval, generate) is a class of its own with its options as annotated
 * fields, the options several share as mixins (the store, the base IRI), and {@code --help} and
 * {@code --version} inherited by all. Commands print only through their command line's writers and
 * report usage errors as picocli's {@code ParameterException}: exit code 0 for success, 1 for a
 * failure, 2 for a usage error, each error one line.
 */
package org.evaw.cli;
