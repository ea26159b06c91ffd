/**
 * Reading inventory pages and any other text and mapping them to RDF: a {@link org.evaw.mapping.Mapper} holds the
 * parts (reference data, recognisers, analyser, RDF writer) for one base IRI, and
 * {@link org.evaw.mapping.Corpus} lists a corpus's pages. The stages live in the sub-packages, in
 * the order a page goes through them: {@code page} (decoding and layout), {@code recognise}
 * (entities named in the text), {@code analysis} (activities, publications, periods), {@code rdf}
 * (the page's named graph); {@code reference} is the curated data they read, {@code iri} mints the
 * IRIs, {@code extract} reports and scores what was found. The page pipeline that runs them, with
 * SHACL validation, is the {@code pipeline} module's.
 */
package org.evaw.mapping;
