package org.evaw.loader;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.evaw.loader.read.RdfFileException;
import org.evaw.loader.read.RdfFiles;

/**
 * A TDB2 store that holds graphs already: one write transaction per file, each graph removed when
 * the file first reaches it and its quads added, the summary graph computed again in the same
 * transaction, so that no reader sees the new graphs with the old summary. A refused file aborts
 * the transaction: the store is as it was. Holds nothing of the file in memory.
 */
final class TransactionLoader extends FileByFileLoader implements GraphReplacer {
    static final String NAME = "transaction";
    private final TdbGraphStore tdb;

    TransactionLoader(TdbGraphStore store, LoadSettings settings) {
        super(store, settings);
        this.tdb = store;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    LoadedFile loadFile(Path file) throws RdfFileException {
        DatasetGraph ds = tdb.dataset();
        Replacing replacing = new Replacing(ds);
        inTransaction(ds, () -> {
            RdfFiles.stream(file, new DefaultGraphTarget(replacing, settings.defaultGraph()), settings.limits());
            if (!replacing.graphs.isEmpty())
                SummaryGraph.refreshInTransaction(ds);
        });
        replaced(replacing.graphs);
        return new LoadedFile(file, NAME, replacing.graphs.size(), 0, replacing.quads, true);
    }

    /**
     * Replaces the parts' graphs in one transaction and brings the summary up to date in it: by a
     * delta for a few page graphs, whole otherwise ({@link SummaryGraph#prepareInTransaction}).
     */
    @Override
    public Replaced replace(Path file, List<Part> parts) throws RdfFileException {
        DatasetGraph ds = tdb.dataset();
        long[] quads = {0};
        inTransaction(ds, () -> {
            Runnable summarise = SummaryGraph.prepareInTransaction(ds, parts.stream().map(Part::graph).toList());
            for (Part part : parts) {
                ds.removeGraph(part.graph());
                part.reader().read(new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        ds.add(q);
                        quads[0]++;
                    }
                });
            }
            summarise.run();
        });
        replaced(parts.stream().map(Part::graph).toList());
        return new Replaced(parts.size(), quads[0], true);
    }

    /** Work that may refuse the file, in one write transaction that a refusal aborts. */
    private interface Work {
        void run() throws RdfFileException;
    }

    private static void inTransaction(DatasetGraph ds, Work work) throws RdfFileException {
        try {
            Txn.executeWrite(ds, () -> {
                try {
                    work.run();
                } catch (RdfFileException e) {
                    throw new Refused(e);
                }
            });
        } catch (Refused e) {
            // The parser wraps what the store throws in a refusal of the file; a full or read-only
            // disk is the store's failure, which the caller says as such (StoreWriteException).
            if (StoreWriteException.fromDisk(e.reason))
                throw new IllegalStateException(e.reason.getMessage(), e.reason);
            throw e.reason;
        }
    }

    /** Each graph removed when the stream first reaches it, then its quads added. */
    private static final class Replacing extends StreamRDFBase {
        private final DatasetGraph ds;
        final Set<Node> graphs = new LinkedHashSet<>();
        long quads;

        Replacing(DatasetGraph ds) {
            this.ds = ds;
        }

        @Override
        public void quad(Quad q) {
            if (graphs.add(q.getGraph()))
                ds.removeGraph(q.getGraph());
            ds.add(q);
            quads++;
        }
    }

    /** Carries a refused file out of a transaction, which it aborts. */
    private static final class Refused extends RuntimeException {
        final RdfFileException reason;

        Refused(RdfFileException reason) {
            super(reason.getMessage(), null, false, false);
            this.reason = reason;
        }
    }
}
