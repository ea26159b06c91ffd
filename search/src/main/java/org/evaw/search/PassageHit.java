package org.evaw.search;

import java.util.List;

/**
 * A source passage that matched a search: its IRI, a snippet of its text as HTML (escaped, the
 * matched words in {@code <mark>}), the document it is from, and the activities derived from it
 * and the entities mentioned in it.
 */
public record PassageHit(String iri, String snippet, String document, String documentTitle, String section,
        List<Link> activities, List<Link> entities) {}
