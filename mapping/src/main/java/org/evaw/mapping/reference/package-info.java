/**
 * The curated reference data the recognisers read, and the prefixes the graph is written with.
 *
 * {@link org.evaw.mapping.reference.ReferenceData} loads the bundled Turtle lists (UN entities,
 * intergovernmental bodies, programmes, partners, instruments, places, country name variants) and
 * a user's own, resolved against the base; {@link org.evaw.mapping.reference.CountryTable} adds the
 * UN country table with its M49 regions, labelled in the six UN languages from the table's UNTERM
 * names and CLDR's ({@link org.evaw.mapping.reference.UnLanguages}, through ICU4J);
 * {@link org.evaw.mapping.reference.Prefixes} names the
 * namespaces of every Turtle and TriG file evaw-kg writes.
 */
package org.evaw.mapping.reference;
