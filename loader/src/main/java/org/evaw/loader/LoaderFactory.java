package org.evaw.loader;

import java.nio.file.Path;
import java.util.function.Function;

import org.evaw.loader.read.RdfFileException;

/**
 * Makes a {@link StoreLoader}, as Jena's {@code LoaderFactory} makes a {@code DataLoader}: one
 * method per strategy, and {@code createLoader}, which picks the strategy for each file:
 * <ul>
 * <li>a TDB2 store that holds nothing: {@link #bulkLoader bulk}, Jena's phased loader;</li>
 * <li>a TDB2 store, a build's N-Quads with its manifest: {@link #changedGraphsLoader changed
 *     graphs} only, in one transaction;</li>
 * <li>a TDB2 store, any other file: one {@link #transactionLoader transaction} per file;</li>
 * <li>a SPARQL store: one {@link #graphStoreProtocolLoader Graph Store Protocol} {@code PUT} per
 *     graph, or, for a build with its manifest, per changed graph.</li>
 * </ul>
 * The choice is made again for every file: once the first file is in a new store, the next goes
 * through a transaction.
 */
public final class LoaderFactory {
    private LoaderFactory() {}

    /** The loader that picks, file by file, the strategy for a TDB2 store. */
    public static StoreLoader createLoader(TdbGraphStore store, LoadSettings settings) {
        BulkLoader bulk = new BulkLoader(store, settings);
        TransactionLoader transaction = new TransactionLoader(store, settings);
        ChangedGraphsLoader changed = new ChangedGraphsLoader(store, transaction, settings);
        return new PerFile(store, settings, file -> store.isEmpty() ? bulk
                : BuildFiles.manifest(file).isPresent() ? changed : transaction);
    }

    /** The loader that picks, file by file, the strategy for a SPARQL store. */
    public static StoreLoader createLoader(EndpointGraphStore store, LoadSettings settings) {
        GraphStoreProtocolLoader protocol = new GraphStoreProtocolLoader(store, settings);
        ChangedGraphsLoader changed = new ChangedGraphsLoader(store, protocol, settings);
        return new PerFile(store, settings, file -> BuildFiles.manifest(file).isPresent() ? changed : protocol);
    }

    /** Jena's phased bulk loader, into a TDB2 store that holds nothing; it refuses files for one that holds quads. */
    public static StoreLoader bulkLoader(TdbGraphStore store, LoadSettings settings) {
        return new BulkLoader(store, settings);
    }

    /** One write transaction per file. */
    public static StoreLoader transactionLoader(TdbGraphStore store, LoadSettings settings) {
        return new TransactionLoader(store, settings);
    }

    /** Builds with their manifests: the changed graphs only, in one transaction; it refuses files without a manifest. */
    public static StoreLoader changedGraphsLoader(TdbGraphStore store, LoadSettings settings) {
        return new ChangedGraphsLoader(store, new TransactionLoader(store, settings), settings);
    }

    /** Builds with their manifests: a Graph Store Protocol {@code PUT} per changed graph; it refuses files without a manifest. */
    public static StoreLoader changedGraphsLoader(EndpointGraphStore store, LoadSettings settings) {
        return new ChangedGraphsLoader(store, new GraphStoreProtocolLoader(store, settings), settings);
    }

    /** One Graph Store Protocol {@code PUT} per graph. */
    public static StoreLoader graphStoreProtocolLoader(EndpointGraphStore store, LoadSettings settings) {
        return new GraphStoreProtocolLoader(store, settings);
    }

    /** A loader that asks for each file which strategy loads it, and reports that strategy's name. */
    private static final class PerFile extends FileByFileLoader {
        private final Function<Path, FileByFileLoader> choice;

        PerFile(GraphStore store, LoadSettings settings, Function<Path, FileByFileLoader> choice) {
            super(store, settings);
            this.choice = choice;
        }

        @Override
        public String name() {
            return "chosen per file";
        }

        @Override
        LoadedFile loadFile(Path file) throws RdfFileException {
            return choice.apply(file).loadFile(file);
        }
    }
}
