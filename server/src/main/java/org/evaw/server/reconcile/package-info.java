/**
 * The W3C Reconciliation Service API (version 0.2, the one OpenRefine 3.x speaks) at
 * {@code /reconcile}: analysts match their own spellings of agency, partner, programme and country
 * names to the graph's entities. Candidates come from an index of every name the store gives
 * those entities (preferred and other labels in every language, acronyms, ISO codes), built once
 * per version of the store, and are scored by {@link org.evaw.server.reconcile.NameScorer}; the
 * servlet also serves the manifest, entity, type and property suggestions and an HTML preview.
 */
package org.evaw.server.reconcile;
