package org.evaw.loader;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads RDF files into a store of named graphs, as Jena's {@code DataLoader} loads a TDB2 dataset:
 * each file whole, every named graph it holds replaced (never added to), or, when the file is
 * refused, nothing of it written and a {@link org.evaw.loader.read.LoadFailure} in the report,
 * and the load goes on with the next file. Then the summary graph ({@link SummaryGraph}) is
 * brought up to date.
 * <p>
 * {@link LoaderFactory} makes one, picking the strategy for the store and for each file:
 * <pre>
 *   try (TdbGraphStore store = new TdbGraphStore(directory)) {
 *       LoadReport report = LoaderFactory.createLoader(store, LoadSettings.defaults()).load(files);
 *       report.failures().forEach(failure -> System.err.println(failure.message()));
 *   }
 * </pre>
 */
public interface StoreLoader {
    /** Loads the files in the order given and says what was done and what was refused. */
    LoadReport load(List<Path> files);

    /** The strategy's name, as {@link LoadedFile#loader()} reports it. */
    String name();
}
