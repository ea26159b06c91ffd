package org.evaw.loader;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.evaw.ontology.OntologyFiles;
import org.evaw.ontology.SummaryOrders;
import org.evaw.ontology.iri.UriSpace;
import org.evaw.ontology.sparql.QueryFiles;

/**
 * The summary graph, {@code {base}graph/summary}: aggregates of the whole graph (activities per
 * entity and per region, the countries and programmes each agency works in) that saved queries
 * read instead of visiting every activity. {@code summary.rq} (of the ontology module, beside the
 * properties it materialises), a standard CONSTRUCT, computes it
 * from the union of the graphs; after a load that changed a graph it is computed again and
 * replaced whole, so it is never stale or counted twice. Its counts are summary.rq's, computed
 * the fastest way the store allows ({@link SummaryCounts}: for TDB2, one walk of an index). It sits beside the reference graph,
 * whose name gives the base; a store without one gets no summary.
 */
public final class SummaryGraph {
    private static final String REFERENCE = UriSpace.graphPath(UriSpace.REFERENCE_GRAPH);
    private static final String SUMMARY = UriSpace.graphPath(UriSpace.SUMMARY_GRAPH);
    private static final String ONTOLOGY = UriSpace.graphPath(UriSpace.ONTOLOGY_GRAPH);
    /**
     * The most changed graphs brought up to date by a delta: each costs a query before and after
     * (milliseconds), the whole summary a pass over every activity (minutes at 10^5 pages).
     */
    private static final int DELTA_LIMIT = 1000;
    private static final String TEXT = OntologyFiles.summaryQuery();
    /** The predicate that states a graph's version inside it, as builds state the page graphs' versions. */
    private static final Node VERSION_PROPERTY = DCTerms.hasVersion.asNode();
    private static final Query CONSTRUCT = QueryFactory.create(TEXT);
    /**
     * The summary's version, stated in it as the page graphs state theirs
     * ({@code <graph> dcterms:hasVersion "…"}): a new summary.rq makes the stored summary stale.
     */
    static final String VERSION = DigestUtils.sha256Hex(TEXT + SummaryOrders.texts());

    private SummaryGraph() {}

    /** The query that computes the summary, over the union of the named graphs. */
    public static Query query() {
        return CONSTRUCT.cloneQuery();
    }

    /** The summary graph's name, beside the reference graph among {@code graphNames}, if there is one. */
    public static Optional<Node> name(Collection<Node> graphNames) {
        return graphNames.stream().filter(Node::isURI).map(Node::getURI).filter(g -> g.endsWith(REFERENCE)).sorted()
                .findFirst().map(g -> NodeFactory.createURI(g.substring(0, g.length() - REFERENCE.length()) + SUMMARY));
    }

    /**
     * Whether the store has a reference graph but no summary beside it, or one that an older
     * summary.rq made (a store loaded before summaries existed, or by other means).
     */
    public static boolean stale(GraphStore store) {
        Optional<Node> name = name(store.graphNames());
        return name.isPresent() && !VERSION.equals(store.versions().get(name.get()));
    }

    /**
     * The summary of a dataset whose default graph is, or is told to be, the union of its named
     * graphs: what summary.rq gives, its pairs of agencies made from its own links, and the orders
     * it keeps ({@link SummaryOrders}).
     */
    public static Graph compute(DatasetGraph dataset) {
        Graph summary = counts(dataset);
        SummaryOrders.addTo(summary, dataset, TDBInternal.isTDB2(dataset) ? dataset.getUnionGraph() : dataset.getDefaultGraph());
        return summary;
    }

    /** What summary.rq gives and its pairs of agencies, without the orders, the fastest way the dataset allows. */
    private static Graph counts(DatasetGraph dataset) {
        return SummaryCounts.of(dataset).counts(dataset);
    }

    /**
     * Prepares, inside the caller's write transaction on a TDB2 dataset and before {@code graphs}
     * are replaced, what brings the summary up to date once they are: for a few page graphs, a
     * {@link SummaryDelta}; when the summary is missing or older, when many graphs change, or when
     * the reference data or the ontology does (labels, regions and agencies of every page), the
     * summary computed again. Run what it returns after the graphs are replaced.
     */
    static Runnable prepareInTransaction(DatasetGraph dataset, List<Node> graphs) {
        List<Node> names = org.apache.jena.atlas.iterator.Iter.toList(dataset.listGraphNodes());
        Optional<Node> name = name(names);
        if (name.isEmpty())
            return () -> { };
        boolean current = dataset.contains(name.get(), name.get(), VERSION_PROPERTY, NodeFactory.createLiteralString(VERSION));
        boolean pagesOnly = graphs.stream().map(Node::getURI).noneMatch(g -> g.endsWith(REFERENCE) || g.endsWith(ONTOLOGY));
        if (!current || !pagesOnly || graphs.size() > DELTA_LIMIT)
            return () -> refreshInTransaction(dataset);
        return SummaryDelta.before(dataset, name.get(), graphs)::apply;
    }

    /**
     * Computes the summary again and replaces it, inside the caller's write transaction on a TDB2
     * dataset: its counts held in memory and written, then its orders ({@link KeptOrders}) read
     * from the counts just written; both written index by index ({@link IndexOrderedWrites}), since
     * they are tens of millions of triples at 10^5 pages.
     */
    static void refreshInTransaction(DatasetGraph dataset) {
        refreshInTransaction(dataset, stage -> { });
    }

    /** As {@link #refreshInTransaction(DatasetGraph)}, telling {@code onStage} when the orders begin. */
    static void refreshInTransaction(DatasetGraph dataset, Consumer<String> onStage) {
        List<Node> names = org.apache.jena.atlas.iterator.Iter.toList(dataset.listGraphNodes());
        Optional<Node> name = name(names);
        if (name.isEmpty())
            return;
        Graph counts = counts(dataset);
        dataset.removeGraph(name.get());
        // Written before the orders, which read them from the store.
        try (IndexOrderedWrites writes = new IndexOrderedWrites(dataset, name.get())) {
            counts.find().forEachRemaining(t -> writes.add(t.getSubject(), t.getPredicate(), t.getObject()));
            writes.write();
        }
        onStage.accept("summary graph: its counts written, now its orders");
        KeptOrders.write(dataset, name.get());
        dataset.add(name.get(), name.get(), VERSION_PROPERTY, NodeFactory.createLiteralString(VERSION));
    }

    /**
     * Computes the summary again and replaces it, in one transaction or one request of the store:
     * a TDB2 store as {@link #compute} does, a SPARQL store by summary.rq whole (its server does the
     * work), then its orders ({@link SummaryOrders}) by their queries, over the summary just stored.
     */
    public static void refresh(GraphStore store) {
        refresh(store, stage -> { });
    }

    /** As {@link #refresh(GraphStore)}, telling {@code onStage} when a TDB2 store's orders begin. */
    public static void refresh(GraphStore store, Consumer<String> onStage) {
        if (store instanceof TdbGraphStore tdb) {
            tdb.write(() -> refreshInTransaction(tdb.dataset(), onStage));
            return;
        }
        Optional<Node> name = name(store.graphNames());
        if (name.isEmpty())
            return;
        Graph summary = store.construct(query());
        if (store instanceof EndpointGraphStore endpoint) {
            // The orders read the summary's counts: stored first, then read by the endpoint and added.
            store.replace(name.get(), summary);
            for (SummaryOrders.Order order : SummaryOrders.ORDERS)
                SummaryOrders.rows(order, endpoint::query, name.get(), summary::add);
        }
        store.replace(name.get(), versioned(name.get(), summary));
    }

    private static Graph versioned(Node name, Graph summary) {
        summary.add(name, VERSION_PROPERTY, NodeFactory.createLiteralString(VERSION));
        return summary;
    }

    static String resource(String name) {
        return QueryFiles.text(SummaryGraph.class, name);
    }
}
