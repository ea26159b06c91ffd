package org.evaw.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What state a TDB2 store on disk is in, as a digest that every committed write changes: TDB2's
 * indexes are copy-on-write B+trees, so a write transaction appends blocks and records the new
 * roots and allocation limits in each index's small state file ({@code *.bpt}); a compaction moves
 * the data to a new {@code Data-NNNN} directory. The digest covers that directory's name and the
 * state files' bytes, which is cheap (a few small files) and needs no pass over the data. A store
 * written by any means, {@code load} or another tool, gets a new stamp, so an index that recorded
 * the old one is known to be stale.
 */
public final class StoreStamp {
    private StoreStamp() {}

    /** The directory of the TDB2 database that {@code dataset} is, if it is one on disk. */
    public static Optional<Path> container(DatasetGraph dataset) {
        if (!TDBInternal.isTDB2(dataset))
            return Optional.empty();
        DatasetGraphSwitchable container = TDBInternal.getDatabaseContainer(dataset);
        if (container == null || !container.hasContainerPath() || container.getLocation().isMem())
            return Optional.empty();
        return Optional.of(container.getContainerPath());
    }

    /** The stamp of the TDB2 store on disk that {@code dataset} is; empty for any other dataset. */
    public static Optional<String> of(DatasetGraph dataset) {
        if (container(dataset).isEmpty())
            return Optional.empty();
        Path data = Path.of(TDBInternal.getDatasetGraphTDB(dataset).getLocation().getDirectoryPath());
        try (Stream<Path> files = Files.list(data)) {
            List<Path> states = files.filter(f -> f.getFileName().toString().endsWith(".bpt")).sorted().toList();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(data.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Path state : states) {
                digest.update(state.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(state));
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the state of the TDB2 store " + data, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
