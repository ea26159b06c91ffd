package org.evaw.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.evaw.mapping.Corpus;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.ontology.OntologyFiles;
import org.evaw.ontology.SummaryOrders;
import org.evaw.ontology.iri.UriSpace;
import org.evaw.pipeline.PageMapping;
import org.evaw.pipeline.corpus.CorpusBuild;

/**
 * The stores the server's tests serve: TDB2 databases in a test's directory, holding the bundled
 * corpus as the page pipeline builds it ({@code build}) beside its summary graph, as {@code load}
 * leaves a store, or the graphs a test puts in. Written here, in one transaction, so that the
 * server's tests need no loader.
 */
public final class CorpusStore {
    private static final Path CORPUS = Path.of("../corpus");

    private CorpusStore() {}

    /** A new TDB2 database at {@code directory}, empty. */
    public static DatasetGraph empty(Path directory) {
        return DatabaseMgr.connectDatasetGraph(directory.toString());
    }

    /** A new TDB2 database at {@code directory} holding the bundled corpus, built under the default base, and its summary. */
    public static DatasetGraph create(Path directory) {
        DatasetGraph ds = empty(directory);
        IriMinter iris = IriMinter.defaultBase();
        Txn.executeWrite(ds, () -> {
            try {
                CorpusBuild.create(PageMapping.create(iris)).build()
                        .run(Corpus.pages(CORPUS), StreamRDFLib.dataset(ds), page -> { });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Graph summary;
            try (QueryExec exec = QueryExec.dataset(ds).query(OntologyFiles.summaryQuery()).set(TDB2.symUnionDefaultGraph, true).build()) {
                summary = exec.construct();
            }
            SummaryOrders.addTo(summary, ds, ds.getUnionGraph());
            Node name = NodeFactory.createURI(UriSpace.defaultBase().graph(UriSpace.SUMMARY_GRAPH));
            summary.find().forEach(t -> ds.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return ds;
    }

    /** Replaces a named graph of the store with {@code graph}, in one transaction. */
    public static void replace(DatasetGraph ds, Node graphName, Graph graph) {
        Txn.executeWrite(ds, () -> {
            ds.removeGraph(graphName);
            graph.find().forEach(t -> ds.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }
}
