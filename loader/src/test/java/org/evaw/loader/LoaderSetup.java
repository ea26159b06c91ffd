package org.evaw.loader;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A store, and the form its files take, that {@link AbstractLoaderTest} loads into: it makes the
 * loader a user would get for it, gives each fixture as this setup loads it (as it is, or written
 * as a build with its manifest), and shows what the store holds.
 */
interface LoaderSetup extends AutoCloseable {
    /** The loader {@link LoaderFactory#createLoader} picks for this store. */
    StoreLoader loader(LoadSettings settings);

    /** The strategy the factory should pick for the first file of named graphs loaded into the store as set up. */
    String expectedLoader();

    /** Whether this setup's files are builds with manifests, whose unchanged graphs a load leaves alone. */
    boolean builds();

    /** The file this setup loads for a fixture, written into {@code work} if it is made from it. */
    Path file(Path fixture, Path work) throws IOException;

    /** A copy of every quad the store holds now. */
    DatasetGraph contents();

    @Override
    void close();
}
