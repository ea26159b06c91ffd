package org.evaw.loader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A store that cannot be written: its disk is full or its directory is read-only. TDB2 reports a
 * full disk as whatever failed first: a JVM {@link InternalError} ("a fault occurred in an unsafe
 * memory access operation") from a memory-mapped index, or a {@code TDBException}
 * ("NodeTableThrift/Write") from the node table; neither says why. This says it. The failed
 * transaction is not committed: the store keeps the graphs it held.
 */
public final class StoreWriteException extends RuntimeException {
    StoreWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A write that failed inside a transaction. */
    static StoreWriteException of(GraphStore store, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null)
            root = root.getCause();
        return new StoreWriteException("cannot write to " + store.describe() + ": the disk is full or the store's files "
                + "cannot be written (" + root.getMessage() + "); the store keeps the graphs it held before", cause);
    }

    /** Whether a failure comes from the disk under the store rather than from the data. */
    static boolean fromDisk(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InternalError)
                return true;
            String message = t.getMessage();
            if (t instanceof java.io.IOException && message != null && (message.contains("No space left on device")
                    || message.contains("Read-only file system") || message.contains("Disk quota exceeded")))
                return true;
        }
        return false;
    }

    /** Why a store cannot be opened, when the cause is that its directory cannot be written. */
    static Optional<StoreWriteException> readOnly(Path directory, Throwable cause) {
        Path existing = directory.toAbsolutePath();
        while (existing.getParent() != null && !Files.exists(existing))
            existing = existing.getParent();
        if (!Files.exists(existing) || Files.isWritable(existing))
            return Optional.empty();
        return Optional.of(new StoreWriteException("cannot open the TDB2 database " + directory + ": " + existing
                + " is read-only, and TDB2 writes a lock file and a journal even to read a store", cause));
    }
}
