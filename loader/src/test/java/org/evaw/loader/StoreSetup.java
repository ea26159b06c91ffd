package org.evaw.loader;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * What every {@link LoaderSetup} shares, whatever its store: the strategy it expects, and its files
 * as they are or written as builds with the given suffix ({@code ".nq.gz"}, say) and their manifest.
 */
abstract class StoreSetup implements LoaderSetup {
    private final String buildSuffix;
    private final String expected;

    StoreSetup(String buildSuffix, String expected) {
        this.buildSuffix = buildSuffix;
        this.expected = expected;
    }

    /** The dataset the store keeps its quads in, read in a transaction. */
    abstract DatasetGraph dataset();

    @Override
    public String expectedLoader() {
        return expected;
    }

    @Override
    public boolean builds() {
        return !buildSuffix.isEmpty();
    }

    @Override
    public Path file(Path fixture, Path work) throws IOException {
        if (buildSuffix.isEmpty())
            return fixture;
        String name = fixture.getFileName().toString();
        return Builds.write(fixture, work.resolve(name.substring(0, name.indexOf('.')) + buildSuffix)).orElse(fixture);
    }

    @Override
    public DatasetGraph contents() {
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(dataset(), () -> dataset().find().forEachRemaining(copy::add));
        return copy;
    }
}
