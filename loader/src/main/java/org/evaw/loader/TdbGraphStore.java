package org.evaw.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.evaw.search.SearchIndex;

/**
 * A TDB2 database on disk; each graph is replaced in one write transaction. A database this object
 * made (its directory absent or empty when opened) that is still empty when closed is removed, so
 * that a load whose every file was refused leaves no database behind.
 */
public final class TdbGraphStore implements GraphStore {
    private static final Node VERSION = DCTerms.hasVersion.asNode();

    private final Path directory;
    private final boolean made;
    private DatasetGraph dataset;
    /** The graphs loads replaced since the search index was last brought up to date. */
    private final Set<Node> replacedGraphs = new LinkedHashSet<>();

    public TdbGraphStore(Path directory) {
        this.directory = directory;
        this.made = isNewDatabase(directory);
        this.dataset = connect(directory);
    }

    private static DatasetGraph connect(Path directory) {
        try {
            return DatabaseMgr.connectDatasetGraph(directory.toString());
        } catch (RuntimeException e) {
            throw StoreWriteException.readOnly(directory, e).orElseThrow(() -> e);
        }
    }

    /**
     * Whether {@code directory} is a TDB2 database yet to be made: absent, or an empty directory.
     */
    public static boolean isNewDatabase(Path directory) {
        if (!Files.exists(directory))
            return true;
        try (Stream<Path> entries = Files.list(directory)) {
            return Files.isDirectory(directory) && entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The store's dataset, for callers that query or serve it in the same process. */
    public DatasetGraph dataset() { return dataset; }

    /**
     * Whether this object made the database and nothing is in it yet: a load that fails can then
     * be undone by {@link #remake()}, which leaves what was there before, nothing.
     */
    boolean isNew() {
        return made && isEmpty();
    }

    /**
     * Deletes the database this object made and makes it again, empty: undoes a bulk load, which
     * cannot be rolled back. Only for a database that {@link #isNew()} said was new.
     */
    void remake() {
        if (!made)
            throw new IllegalStateException("only a database this store made can be made again: " + directory);
        delete();
        dataset = connect(directory);
    }

    private void delete() {
        TDBInternal.expel(dataset, true);
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(directory))
                    Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the half-loaded database " + directory, e);
        }
    }

    @Override
    public void replace(Node graphName, Graph graph) {
        write(() -> {
            dataset.removeGraph(graphName);
            graph.find().forEach(t -> dataset.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /** Runs {@code work} in one write transaction; a full or read-only disk is said as such ({@link StoreWriteException}). */
    void write(Runnable work) {
        try {
            Txn.executeWrite(dataset, work);
        } catch (InternalError | RuntimeException e) {
            if (StoreWriteException.fromDisk(e))
                throw StoreWriteException.of(this, e);
            throw e;
        }
    }

    @Override
    public Set<Node> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            Set<Node> names = new HashSet<>();
            dataset.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
    }

    @Override
    public Map<Node, String> versions() {
        return Txn.calculateRead(dataset, () -> {
            Map<Node, String> versions = new HashMap<>();
            dataset.find(Node.ANY, Node.ANY, VERSION, Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().equals(q.getSubject()) && q.getObject().isLiteral())
                    versions.put(q.getGraph(), q.getObject().getLiteralLexicalForm());
            });
            return versions;
        });
    }

    @Override
    public Graph construct(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                return exec.construct();
            }
        });
    }

    /** Whether the search index beside the store records its present state (see {@link SearchIndex}). */
    boolean searchIndexCurrent() {
        return SearchIndex.isCurrent(dataset);
    }

    /** Notes graphs a load replaced, for {@link #updateSearchIndex}. */
    void noteReplaced(Iterable<Node> graphs) {
        graphs.forEach(replacedGraphs::add);
    }

    /**
     * Brings the search index beside the store up to date once a load has committed: the graphs
     * replaced since, when the index was current before the load; the whole index otherwise.
     * A database this object made that is still empty gets none.
     */
    void updateSearchIndex(boolean wasCurrent) {
        if (!isNew())
            SearchIndex.afterLoad(dataset, wasCurrent, List.copyOf(replacedGraphs));
        replacedGraphs.clear();
    }

    /** Whether the store holds no quads at all (a new or emptied database). */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.find().hasNext());
    }

    @Override
    public String describe() { return "TDB2 database " + directory; }

    @Override
    public void close() {
        if (isNew())
            delete();
        else
            dataset.close();
    }
}
