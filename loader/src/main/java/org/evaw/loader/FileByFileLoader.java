package org.evaw.loader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.evaw.loader.read.LoadFailure;
import org.evaw.loader.read.RdfFileException;

/**
 * What every strategy shares: files loaded one at a time, each whole or refused, a refusal
 * recorded and the next file loaded; a build file that its manifest does not describe refused
 * before any strategy reads it ({@link BuildFiles}); a full disk said for what it is
 * ({@link StoreWriteException}); and, at the end, the summary graph made again when a file changed
 * graphs without bringing it up to date, or when the store's summary is missing or older; then,
 * for a TDB2 store, its search index brought up to date with what was committed
 * ({@link TdbGraphStore#updateSearchIndex}).
 */
abstract class FileByFileLoader implements StoreLoader {
    final GraphStore store;
    final LoadSettings settings;

    FileByFileLoader(GraphStore store, LoadSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** Loads one file whole, or writes nothing of it and throws what refused it. */
    abstract LoadedFile loadFile(Path file) throws RdfFileException;

    @Override
    public final LoadReport load(List<Path> files) {
        List<LoadedFile> loaded = new ArrayList<>();
        List<LoadFailure> failures = new ArrayList<>();
        boolean summaryBehind = false;
        // Asked before anything is written: only an index in step with the store before the load
        // can be brought up to date by the graphs the load replaced.
        boolean indexCurrent = store instanceof TdbGraphStore tdb && tdb.searchIndexCurrent();
        try {
            for (Path file : files) {
                try {
                    BuildFiles.check(file);
                    LoadedFile done = loadFile(file);
                    loaded.add(done);
                    summaryBehind |= done.graphs() > 0 && !done.summaryUpdated();
                } catch (RdfFileException e) {
                    failures.add(e.failure());
                }
            }
            if (summaryBehind || SummaryGraph.stale(store)) {
                settings.onStage().accept("summary graph: computing its counts and orders over the whole store");
                SummaryGraph.refresh(store, settings.onStage());
            }
            if (store instanceof TdbGraphStore tdb) {
                settings.onStage().accept("search index: bringing it up to date");
                tdb.updateSearchIndex(indexCurrent);
            }
        } catch (InternalError | RuntimeException e) {
            // A full disk surfaces in many forms (see StoreWriteException); each is said for what it is.
            if (StoreWriteException.fromDisk(e))
                throw StoreWriteException.of(store, e);
            throw e;
        }
        return new LoadReport(loaded, failures);
    }

    /** Tells the listener of each graph replaced. */
    void replaced(Iterable<org.apache.jena.graph.Node> graphs) {
        graphs.forEach(g -> settings.onGraph().accept(g.getURI()));
        if (store instanceof TdbGraphStore tdb)
            tdb.noteReplaced(graphs);
    }
}
