package org.evaw.search;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.evaw.ontology.iri.UriSpace;

/**
 * Which facets documents a load's replaced graphs make stale, and their refresh. A page graph
 * states its activities: those of its old version (found in the index, which recorded the graph
 * of each) and of its new one are indexed again, or dropped if no longer activities. The reference
 * and ontology graphs hold what every activity's values go through (a country's region, a form's
 * broader forms), so replacing either rebuilds every facets document. The summary graph holds no
 * facet value and is ignored, but for the activities whose descriptions ({@link DescriptionGrams})
 * any replaced graph states.
 */
final class ActivityRefresh {
    private final Set<Node> pages = new LinkedHashSet<>();
    /** Every replaced graph with a name: a description any of them states is an activity's indexed text. */
    private final Set<Node> replaced = new LinkedHashSet<>();
    private final boolean all;

    private ActivityRefresh(Collection<Node> graphs) {
        boolean shared = false;
        for (Node g : graphs) {
            if (g.isURI())
                replaced.add(g);
            if (!g.isURI() || named(g, UriSpace.SUMMARY_GRAPH))
                continue;
            if (named(g, UriSpace.REFERENCE_GRAPH) || named(g, UriSpace.ONTOLOGY_GRAPH))
                shared = true;
            else
                pages.add(g);
        }
        this.all = shared;
    }

    /** The refresh that replacing {@code graphs} calls for. */
    static ActivityRefresh of(Collection<Node> graphs) {
        return new ActivityRefresh(graphs);
    }

    /** Whether every facets document is to be made again. */
    boolean all() {
        return all;
    }

    /**
     * The activities the index holds for the replaced page graphs, and those whose page order went through any replaced
     * graph, read before the update changes it.
     */
    Set<Node> before(Directory directory) throws IOException {
        Set<Node> old = new LinkedHashSet<>();
        if (all || replaced.isEmpty() || !DirectoryReader.indexExists(directory))
            return old;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            // An activity whose page order went through a replaced graph (its passage or its page's identifier stated
            // there, PageOrder) may come elsewhere now.
            for (Node graph : replaced)
                old.addAll(activities(searcher, new TermQuery(new Term(Fields.ORDER_GRAPH, graph.toString()))));
            for (Node page : pages)
                old.addAll(activities(searcher, new TermQuery(new Term(Fields.GRAPH, page.getURI()))));
        }
        return old;
    }

    /** The activities of the facets documents {@code query} finds. */
    private static Set<Node> activities(IndexSearcher searcher, org.apache.lucene.search.Query query) throws IOException {
        Set<Node> found = new LinkedHashSet<>();
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.FACETS)), BooleanClause.Occur.FILTER)
                .add(query, BooleanClause.Occur.FILTER)
                .build();
        int n = Math.max(1, searcher.count(q));
        for (ScoreDoc hit : searcher.search(q, n).scoreDocs)
            found.add(NodeFactory.createURI(searcher.storedFields().document(hit.doc).get(Fields.FACET_ACTIVITY)));
        return found;
    }

    /**
     * Deletes the stale facets documents and adds them again from the store (inside its read
     * transaction): every one, or those of {@code old} (from {@link #before}) and of the pages' new versions.
     */
    void apply(IndexWriter writer, DatasetGraph ds, Set<Node> old, Consumer<List<Document>> add) throws IOException {
        ActivityDocuments documents = new ActivityDocuments(ds);
        if (all) {
            writer.deleteDocuments(new Term(Fields.KIND, Fields.FACETS));
            documents.write(documents.all(), add);
            return;
        }
        Set<Node> touched = new LinkedHashSet<>(old);
        for (Node page : pages)
            touched.addAll(documents.in(page).keySet());
        // A description may be stated in another graph than its activity's type (the index keeps
        // the union's): the activities a replaced graph now describes are read again too. One it
        // described before and no longer does keeps a few trigrams too many, which finds more, never fewer.
        for (Node graph : replaced) {
            touched.addAll(documents.describedIn(graph));
            touched.addAll(PageOrder.orderedThrough(ds, graph));
        }
        for (Node activity : touched)
            writer.deleteDocuments(new Term(Fields.FACET_ACTIVITY, activity.getURI()));
        documents.write(documents.still(touched), add);
    }

    /** Whether {@code graph} is the graph {@code slug} under some base ({@code …/graph/slug}). */
    private static boolean named(Node graph, String slug) {
        return graph.getURI().endsWith("/" + UriSpace.GRAPH_TYPE + "/" + slug);
    }
}
