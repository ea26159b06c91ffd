package org.evaw.loader;

import java.nio.file.Path;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.DataLoader;
import org.evaw.loader.read.LoadFailure;
import org.evaw.loader.read.RdfFileException;
import org.evaw.loader.read.RdfFiles;

/**
 * An empty TDB2 store: Jena's phased bulk loader, as {@code tdb2.tdbloader} runs it, fed by the
 * strict parser. A bulk load cannot be rolled back, so a database this load made is filled in
 * one pass and, when the file is refused, deleted and made again, empty, which is how it was; a
 * store that was empty before is left untouched by a refused file because the file is checked
 * in a first pass. A store that holds quads is not for this loader: it refuses the file.
 */
final class BulkLoader extends FileByFileLoader {
    static final String NAME = "bulk";
    private final TdbGraphStore tdb;

    BulkLoader(TdbGraphStore store, LoadSettings settings) {
        super(store, settings);
        this.tdb = store;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    LoadedFile loadFile(Path file) throws RdfFileException {
        if (!tdb.isEmpty())
            throw new RdfFileException(LoadFailure.of(file, "the bulk loader loads only into an empty store, and "
                    + tdb.describe() + " holds quads"));
        QuadTally tally;
        if (tdb.isNew()) {
            try {
                tally = bulk(file);
            } catch (RdfFileException | RuntimeException e) {
                tdb.remake();
                throw e;
            }
        } else {
            RdfFiles.stream(file, new DefaultGraphTarget(QuadTally.alone(), settings.defaultGraph()), settings.limits());
            tally = bulk(file);
        }
        replaced(tally.graphs);
        return new LoadedFile(file, NAME, tally.graphs.size(), 0, tally.quads, false);
    }

    /** One pass of the parser into Jena's phased loader, whose own progress lines go to {@link LoadSettings#onStage}. */
    private QuadTally bulk(Path file) throws RdfFileException {
        DatasetGraph ds = tdb.dataset();
        DataLoader loader = org.apache.jena.tdb2.loader.LoaderFactory.phasedLoader(ds,
                (format, args) -> settings.onStage().accept(String.format(format, args)));
        StreamRDF into = loader.streamRDF();
        QuadTally tally = new QuadTally(into);
        loader.startBulk();
        try {
            RdfFiles.stream(file, new DefaultGraphTarget(tally, settings.defaultGraph()), settings.limits());
            loader.finishBulk();
        } catch (RdfFileException | RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return tally;
    }
}
