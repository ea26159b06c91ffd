package org.evaw.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * The search index of a store: its entities' names and its source passages in Lucene, in step with
 * the store. A TDB2 store on disk keeps its index beside its data, in {@code lucene/} inside the
 * database directory; each commit of the index records the {@link StoreStamp} of the store it was
 * read from, so an index that is missing, stale or of an older {@link #FORMAT} is known, and
 * {@link #open} rebuilds it from the store. Any other dataset (in memory, say) gets an index in
 * memory, built when opened.
 * <pre>
 *   try (SearchIndex index = SearchIndex.open(dataset)) {
 *       index.suggest("UNO", Optional.empty(), 10);
 *       index.search("trafficking", Optional.empty(), 20);
 *   }
 * </pre>
 */
public final class SearchIndex implements AutoCloseable {
    /**
     * The layout of the documents: an index written by another layout is rebuilt (2: the activities'
     * facets documents; 3: their descriptions' trigrams; 4: their place in page order).
     */
    static final String FORMAT = "4";
    private static final String STAMP_KEY = "evaw.storeStamp";
    private static final String FORMAT_KEY = "evaw.indexFormat";
    /**
     * Whether the store typed an activity that no document can name (a blank node): its description
     * is not indexed, so {@link #activitiesDescribedWith} cannot answer for every activity. Kept
     * "true" by a load once seen, until a rebuild reads the whole store again.
     */
    private static final String UNNAMED_KEY = "evaw.unnamedActivities";
    /**
     * Lucene says once, through java.util.logging, that the JVM's incubating vector module is not
     * enabled; the index has no vectors, so the warning would only clutter every load's stderr.
     */
    private static final java.util.logging.Logger VECTOR_NOTICE = quiet("org.apache.lucene.internal.vectorization.VectorizationProvider");
    /** One writer at a time per index directory in this JVM (two servers may serve one store). */
    private static final Map<Path, Object> WRITING = new ConcurrentHashMap<>();

    private final DatasetGraph dataset;
    private final Directory directory;
    private final Optional<Path> path;
    private SearcherManager searchers;
    /** The facet ordinals of the reader last browsed, made again when a refresh opens a new reader. */
    private volatile BrowseState browseState;

    /** The facet ordinals of one reader (null when it holds no facets document). */
    private record BrowseState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    private SearchIndex(DatasetGraph dataset, Directory directory, Optional<Path> path) {
        this.dataset = dataset;
        this.directory = directory;
        this.path = path;
    }

    /** Where the index of {@code dataset} lives: {@code lucene/} in its TDB2 database directory, if it has one. */
    public static Optional<Path> location(DatasetGraph dataset) {
        return StoreStamp.container(dataset).map(dir -> dir.resolve("lucene"));
    }

    /** The index of {@code dataset}, rebuilt first if it is missing or does not match the store. */
    public static SearchIndex open(DatasetGraph dataset) {
        Optional<Path> where = location(dataset);
        SearchIndex index = new SearchIndex(dataset, where.map(SearchIndex::fsDirectory).orElseGet(ByteBuffersDirectory::new), where);
        try {
            index.ensureCurrent();
            return index;
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /**
     * The index beside a TDB2 store, if it records the store's present state; none otherwise, and
     * nothing is rebuilt (a command that only reads, such as {@code query}, does not wait for that).
     */
    public static Optional<SearchIndex> openIfCurrent(DatasetGraph dataset) {
        return isCurrent(dataset) ? Optional.of(open(dataset)) : Optional.empty();
    }

    /** Whether the index on disk beside {@code dataset} records the store's present state; false when there is none. */
    public static boolean isCurrent(DatasetGraph dataset) {
        Optional<Path> where = location(dataset);
        if (where.isEmpty())
            return false;
        try (Directory dir = fsDirectory(where.get())) {
            return StoreStamp.of(dataset).equals(recorded(dir));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Brings the index beside a TDB2 store up to date after a load replaced {@code graphs}: their
     * documents only, when the index was current before the load ({@code wasCurrent}); the whole
     * index otherwise. Nothing for a store with no directory.
     */
    public static void afterLoad(DatasetGraph dataset, boolean wasCurrent, Collection<Node> graphs) {
        Optional<Path> where = location(dataset);
        if (where.isEmpty())
            return;
        try (SearchIndex index = new SearchIndex(dataset, fsDirectory(where.get()), where)) {
            if (wasCurrent)
                index.update(graphs);
            else
                index.rebuild();
        }
    }

    /**
     * Rebuilds the index if it does not record the store's present state (or, in memory, if it was
     * never built); says whether it did. Cheap when current: a few small files of the store are read.
     */
    public boolean ensureCurrent() {
        synchronized (lock()) {
            Optional<String> stamp = StoreStamp.of(dataset);
            boolean current;
            try {
                current = stamp.isPresent() ? stamp.equals(recorded(directory)) : DirectoryReader.indexExists(directory);
            } catch (IOException e) {
                current = false;
            }
            if (!current)
                rebuild();
            else if (searchers == null)
                refreshSearchers();
            return !current;
        }
    }

    /** The entities whose names begin with, contain or nearly spell {@code prefix} ({@link EntitySuggester}). */
    public List<Suggestion> suggest(String prefix, Optional<EntityType> type, int limit) {
        ensureCurrent();
        return withSearcher(searcher -> EntitySuggester.suggest(searcher, prefix, type, limit));
    }

    /** Entities and passages matching {@code query}, Lucene's query syntax ({@link PassageSearcher}). */
    public SearchResults search(String query, Optional<String> type, int limit) {
        ensureCurrent();
        return withSearcher(searcher -> PassageSearcher.search(searcher, query, type, limit));
    }

    /**
     * The counts of a selection of activities: facet key to the IRIs chosen ({@link ActivityFacets#KEYS};
     * several values of a facet: any of them; several facets: all), counted by {@link FacetedBrowse}.
     */
    public FacetCounts facetCounts(Map<String, List<String>> chosen) {
        ensureCurrent();
        return withSearcher(searcher -> FacetedBrowse.count(searcher, browseState(searcher), chosen));
    }

    /** The IRIs of every activity from {@code offset}, at most {@code limit}, in IRI order ({@link FacetedBrowse#page}). */
    public List<String> activityPage(int offset, int limit) {
        ensureCurrent();
        return withSearcher(searcher -> FacetedBrowse.page(searcher, offset, limit));
    }

    /** Which of {@code iris} some activity has as a value of facet {@code key}. */
    public Set<String> knownFacetValues(String key, Collection<String> iris) {
        ensureCurrent();
        return withSearcher(searcher -> FacetedBrowse.known(searcher, key, iris));
    }

    /**
     * Every activity of the store whose description may contain {@code text}, by IRI: those whose
     * descriptions hold all its trigrams ({@link DescriptionGrams}), a superset of those whose
     * description contains it. Empty when the index cannot vouch for that: the store is not on disk
     * or the index does not record its present state (no rebuild is made here: the caller falls back
     * to reading the store), the store has an activity no IRI names, {@code LCASE} is not
     * {@code Locale.ROOT}'s in this JVM, the text is under three characters, or more than {@code most}
     * activities may match.
     *
     * @param lowerCased whether the description is compared lower-cased ({@code CONTAINS(LCASE(?d), text)})
     *                   rather than as written ({@code CONTAINS(?d, text)})
     */
    public Optional<List<String>> activitiesDescribedWith(String text, boolean lowerCased, int most) {
        return ifVouched(searcher -> DescribedActivities.find(searcher, text, lowerCased, most));
    }

    /**
     * The first {@code first} activities that may be described with {@code text} (as {@link #activitiesDescribedWith}
     * finds them), in page order ({@link PageOrder}: by least page identifier, then IRI; those with no identified page
     * last), and how many there are in all; empty when the index cannot vouch for the store, the text cannot be looked
     * up, or one of them has a page identifier no key orders.
     */
    public Optional<DescribedActivities.InPageOrder> activitiesDescribedWithInPageOrder(String text, boolean lowerCased, int first) {
        return ifVouched(searcher -> DescribedActivities.inPageOrder(searcher, text, lowerCased, first));
    }

    /**
     * What {@code lookup} reads from the index when the index vouches for the store (its commit records the store's
     * present stamp, and every activity is named by an IRI) and LCASE is Locale.ROOT's in this JVM; empty otherwise.
     */
    private <T> Optional<T> ifVouched(Read<Optional<T>> lookup) {
        if (searchers == null || !DescriptionGrams.lowerCaseIsRoot())
            return Optional.empty();
        try {
            Optional<String> stamp = StoreStamp.of(dataset);
            if (stamp.isEmpty())
                return Optional.empty();
            return withSearcher(searcher -> {
                Map<String, String> data = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
                boolean vouched = stamp.equals(recorded(data)) && "false".equals(data.get(UNNAMED_KEY));
                return vouched ? lookup.apply(searcher) : Optional.<T>empty();
            });
        } catch (RuntimeException unreadable) {
            // An index closed, or a store's state files unreadable: the caller reads the store as it is.
            return Optional.empty();
        }
    }

    /** The store this index is the index of. */
    public DatasetGraph dataset() {
        return dataset;
    }

    private SortedSetDocValuesReaderState browseState(IndexSearcher searcher) throws IOException {
        BrowseState kept = browseState;
        IndexReader reader = searcher.getIndexReader();
        if (kept != null && kept.reader() == reader)
            return kept.state();
        SortedSetDocValuesReaderState state = null;
        if (searcher.count(new TermQuery(new Term(Fields.KIND, Fields.FACETS))) > 0)
            state = new DefaultSortedSetDocValuesReaderState(reader, ActivityFacets.facetsConfig());
        browseState = new BrowseState(reader, state);
        return state;
    }

    /** Where the index is, if on disk. */
    public Optional<Path> path() { return path; }

    /** Deletes the documents read from {@code graphs} and reads them again from the store, in one commit. */
    void update(Collection<Node> graphs) {
        synchronized (lock()) {
            Optional<String> stamp = StoreStamp.of(dataset);
            ActivityRefresh refresh = ActivityRefresh.of(graphs);
            try {
                // The activities the replaced pages had, before the deletions below drop their documents.
                Set<Node> old = refresh.before(directory);
                update(graphs, stamp, refresh, old);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot update the search index " + path.orElse(null), e);
            }
            refreshSearchers();
        }
    }

    /** The entities and passages of {@code graphs} read again, then the facets documents they make stale, in one commit. */
    private void update(Collection<Node> graphs, Optional<String> stamp, ActivityRefresh refresh, Set<Node> old) throws IOException {
        boolean unnamedBefore = !"false".equals(commitData(directory).get(UNNAMED_KEY));
        try (IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND))) {
            boolean unnamed = Txn.calculateRead(dataset, () -> {
                IndexDocuments documents = new IndexDocuments(dataset);
                ActivityDocuments activities = new ActivityDocuments(dataset);
                boolean seen = refresh.all() ? activities.anyUnnamed(Node.ANY) : unnamedBefore;
                for (Node graph : graphs) {
                    if (!graph.isURI())
                        continue;
                    write(() -> writer.deleteDocuments(new Term(Fields.GRAPH, graph.getURI())));
                    if (dataset.containsGraph(graph)) {
                        add(writer, documents.of(graph));
                        seen = seen || activities.anyUnnamed(graph);
                    }
                }
                write(() -> refresh.apply(writer, dataset, old, docs -> add(writer, docs)));
                return seen;
            });
            commit(writer, stamp, unnamed);
        }
    }

    /** Reads every named graph of the store into a new index, which replaces the old in one commit. */
    void rebuild() {
        synchronized (lock()) {
            // The stamp is read before the data: a write between the two makes the index look stale,
            // never current with data it lacks.
            Optional<String> stamp = StoreStamp.of(dataset);
            try (IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE))) {
                boolean unnamed = Txn.calculateRead(dataset, () -> {
                    IndexDocuments documents = new IndexDocuments(dataset);
                    dataset.listGraphNodes().forEachRemaining(graph -> {
                        if (graph.isURI())
                            add(writer, documents.of(graph));
                    });
                    ActivityDocuments activities = new ActivityDocuments(dataset);
                    activities.write(activities.all(), docs -> add(writer, docs));
                    return activities.anyUnnamed(Node.ANY);
                });
                commit(writer, stamp, unnamed);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build the search index " + path.orElse(null), e);
            }
            refreshSearchers();
        }
    }

    /** Adds the documents; none is a no-op (Lucene's writer trips its own assertion on an empty batch). */
    private static void add(IndexWriter writer, List<org.apache.lucene.document.Document> docs) {
        if (!docs.isEmpty())
            write(() -> writer.addDocuments(docs));
    }

    private static void commit(IndexWriter writer, Optional<String> stamp, boolean unnamedActivities) throws IOException {
        writer.setLiveCommitData(Map.of(STAMP_KEY, stamp.orElse(""), FORMAT_KEY, FORMAT,
                UNNAMED_KEY, Boolean.toString(unnamedActivities)).entrySet());
        writer.commit();
    }

    /** The store stamp the index's last commit recorded, if it has one and is of this {@link #FORMAT}. */
    private static Optional<String> recorded(Directory dir) throws IOException {
        return recorded(commitData(dir));
    }

    /** The store stamp a commit's data records, if it has one and is of this {@link #FORMAT}. */
    private static Optional<String> recorded(Map<String, String> data) {
        if (!FORMAT.equals(data.get(FORMAT_KEY)))
            return Optional.empty();
        return Optional.ofNullable(data.get(STAMP_KEY)).filter(s -> !s.isEmpty());
    }

    /** The data of the index's last commit; none when there is no index. */
    private static Map<String, String> commitData(Directory dir) throws IOException {
        return DirectoryReader.indexExists(dir) ? SegmentInfos.readLatestCommit(dir).getUserData() : Map.of();
    }

    private void refreshSearchers() {
        try {
            if (searchers == null)
                searchers = new SearcherManager(directory, null);
            else
                searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index " + path.orElse(null), e);
        }
    }

    private interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Read<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index " + path.orElse(null), e);
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object lock() {
        return path.map(p -> WRITING.computeIfAbsent(p.toAbsolutePath().normalize(), p2 -> new Object())).orElse(this);
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(Analysis.analyzer()).setOpenMode(mode);
    }

    /**
     * The index on disk, read through file channels: it is small beside the store (6 MB at 10^3
     * pages), the page cache holds it, and memory mapping would make Lucene ask for native access,
     * which the JVM reports on stderr of every command that loads.
     */
    private static Directory fsDirectory(Path path) {
        try {
            return new NIOFSDirectory(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index " + path, e);
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    @Override
    public void close() {
        try {
            if (searchers != null)
                searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "search index " + Objects.toString(path.orElse(null), "in memory");
    }
}
