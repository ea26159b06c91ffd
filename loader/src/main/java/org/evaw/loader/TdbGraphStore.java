package org.evaw.loader;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/** A TDB2 database on disk; each graph is replaced in one write transaction. */
public final class TdbGraphStore implements GraphStore {
    private final Path directory;
    private final DatasetGraph dataset;

    public TdbGraphStore(Path directory) {
        this.directory = directory;
        this.dataset = DatabaseMgr.connectDatasetGraph(directory.toString());
    }

    /** The store's dataset, for callers that query or serve it in the same process. */
    public DatasetGraph dataset() { return dataset; }

    @Override
    public void replace(Node graphName, Graph graph) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeGraph(graphName);
            graph.find().forEach(t -> dataset.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    @Override
    public Set<Node> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            Set<Node> names = new HashSet<>();
            dataset.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
    }

    /** Whether the store holds no quads at all (a new or emptied database). */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.find().hasNext());
    }

    @Override
    public String describe() { return "TDB2 database " + directory; }

    @Override
    public void close() {
        dataset.close();
    }
}
