package org.evaw.pipeline;

/**
 * How much of the SHACL shapes a page is validated with. The SHACL Core constraints are cheap and
 * checked on every page; the SPARQL-based ones (the spans of a document agree with their quotes,
 * mentions lie inside their passages, classifications are backed by mentions, periods do not end
 * before they begin, a resolution links its permalink) cost a query plan per focus node, so a
 * build checks them on a sample of its pages ({@code CorpusBuild.Builder#sparqlEvery}); everything
 * else, the tests among it, checks them on every page.
 */
public enum ShapesLevel {
    /** The SHACL Core constraints only. */
    CORE,
    /** Every shape: the SHACL Core constraints and the SPARQL-based ones. */
    ALL
}
