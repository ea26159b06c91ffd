package org.evaw.server.linkeddata;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The signal that the served store has changed: on a TDB2 store, every write transaction that
 * commits. What the server derives from the store and keeps (the documents sent, the
 * reconciliation index) listens to it, so that nothing kept outlives the data it came from.
 */
public final class CommitSignal {
    private CommitSignal() {}

    /**
     * Runs {@code onCommit} after every write transaction on {@code dataset} commits.
     *
     * @return false if the store is not TDB2, which has no such hook: it must then not be written while served
     */
    public static boolean listen(DatasetGraph dataset, Runnable onCommit) {
        if (!TDBInternal.isTDB2(dataset))
            return false;
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dataset);
        TransactionListener listener = new TransactionListener() {
            @Override
            public void notifyCommitFinish(Transaction transaction) {
                if (transaction.isWriteTxn())
                    onCommit.run();
            }
        };
        // The coordinator takes listeners only in its configuration mode, which waits for no transaction to be active.
        coordinator.modifyConfig(() -> coordinator.addListener(listener));
        return true;
    }
}
