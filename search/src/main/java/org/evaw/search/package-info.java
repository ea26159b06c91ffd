/**
 * The search index of a store: Apache Lucene (Jena 6 no longer ships jena-text), kept in step with
 * the store, written by the loader and read by the server.
 * <p>
 * <b>Where it lives.</b> For a TDB2 database on disk, in {@code lucene/} inside the database
 * directory, beside {@code Data-NNNN} ({@link org.evaw.search.SearchIndex#location}); for any
 * other dataset, in memory.
 * <p>
 * <b>What a document is.</b> One per resource of a kind the search suggests
 * ({@link org.evaw.search.EntityType}: agencies, bodies, programmes, countries, regions, partners,
 * resolutions, instruments, SKOS concepts) per named graph that names it: its IRI and kind, every
 * {@code skos:prefLabel}, {@code rdfs:label}, {@code evaw:acronym}, {@code skos:altLabel} and
 * {@code evaw:symbol} with its language, tokenised and whole, and a weight (the activities linking to
 * it) that orders equal matches. One per source passage: its text, document, section, and the
 * activities derived from it and entities its mentions name, with their labels. One per activity,
 * its facets document ({@link org.evaw.search.ActivityFacets}): its values of each facet the
 * activities are browsed by, as the facet's own query file gives them, as Lucene facet dimensions
 * that {@link org.evaw.search.SearchIndex#facetCounts} counts drill-sideways, and the trigrams of its
 * descriptions ({@link org.evaw.search.DescriptionGrams}), by which
 * {@link org.evaw.search.SearchIndex#activitiesDescribedWith} gives every activity whose
 * description may contain a text (the server starts a SPARQL {@code CONTAINS} from them). Each document
 * records its named graph, so replacing a graph replaces its documents; replacing a page graph
 * indexes again the activities of its old and new versions, replacing the reference or ontology
 * graph every activity's ({@code ActivityRefresh}).
 * <p>
 * <b>How it stays in step.</b> Each commit of the index records the store's
 * {@link org.evaw.search.StoreStamp}, a digest of the TDB2 state files that every committed write
 * changes. The loader, after its last commit, updates the documents of the graphs it replaced when
 * the index was in step before the load, and rebuilds it otherwise
 * ({@link org.evaw.search.SearchIndex#afterLoad}); {@link org.evaw.search.SearchIndex#open} and every
 * search rebuild an index that is missing, stale or of an older layout. The stamp is read before
 * the data, so an index can look stale when it is not, never current when it is not.
 * <p>
 * <b>Typos.</b> Suggestions match whole names, name prefixes, word prefixes, and words within one
 * or two edits ({@code FuzzyQuery}); passage search, when the words as written match nothing,
 * tries each within one or two edits.
 * <p>
 * <b>Why a module of its own.</b> The loader must write the index and the server must read it,
 * and the server does not depend on the loader; so the index sits below both, depending only on
 * the ontology (its vocabulary), Jena's TDB2 and Lucene.
 */
package org.evaw.search;
