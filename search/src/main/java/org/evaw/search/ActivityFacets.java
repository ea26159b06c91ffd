package org.evaw.search;

import java.util.List;

import org.apache.jena.query.Query;
import org.apache.lucene.facet.FacetsConfig;
import org.evaw.ontology.sparql.QueryFiles;

/**
 * The facets by which activities are browsed, each kept as {@code facet/KEY.rq} beside this class
 * (the query binding an {@code ?activity} to each {@code ?value} it has), and how the index holds
 * them: one multi-valued Lucene facet dimension per key. The index reads each activity's values
 * from these queries, and the server reads the same files for its labels, namespaces and SPARQL
 * counts: one source of truth.
 */
public final class ActivityFacets {
    /** The facets, in the order the page shows them; each is a dimension of the index named by its key. */
    public static final List<String> KEYS = List.of("agency", "country", "region", "period", "programme", "partner", "form");
    /** Where the facets' query files are, on the class path. */
    public static final String FOLDER = "/org/evaw/search/facet/";

    private static final FacetsConfig CONFIG = config();

    private ActivityFacets() {}

    /** The query of {@code key}'s values per activity, from {@code facet/KEY.rq}: a new copy each time. */
    public static Query query(String key) {
        return QueryFiles.query(ActivityFacets.class, FOLDER + key + ".rq");
    }

    /** The text of {@code facet/KEY.rq}. */
    public static String text(String key) {
        return QueryFiles.text(ActivityFacets.class, FOLDER + key + ".rq");
    }

    /** How the dimensions are indexed: every one multi-valued (an activity has several countries, forms, partners). */
    static FacetsConfig facetsConfig() {
        return CONFIG;
    }

    private static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        for (String key : KEYS)
            config.setMultiValued(key, true);
        return config;
    }
}
