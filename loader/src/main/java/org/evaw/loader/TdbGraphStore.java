package org.evaw.loader;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
        DatasetGraph connected;
        try {
            connected = DatabaseMgr.connectDatasetGraph(directory.toString());
        } catch (RuntimeException e) {
            StoreWriteException readOnly = StoreWriteException.readOnly(directory, e);
            throw readOnly != null ? readOnly : e;
        }
        this.dataset = connected;
    }

    /** The store's dataset, for callers that query or serve it in the same process. */
    public DatasetGraph dataset() { return dataset; }

    @Override
    public void replace(Node graphName, Graph graph) {
        try {
            Txn.executeWrite(dataset, () -> {
                dataset.removeGraph(graphName);
                graph.find().forEach(t -> dataset.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
            });
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
            dataset.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.DCTerms.hasVersion.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().equals(q.getSubject()) && q.getObject().isLiteral())
                    versions.put(q.getGraph(), q.getObject().getLiteralLexicalForm());
            });
            return versions;
        });
    }

    @Override
    public Graph construct(org.apache.jena.query.Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (var exec = org.apache.jena.sparql.exec.QueryExec.dataset(dataset).query(query)
                    .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                return exec.construct();
            }
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
