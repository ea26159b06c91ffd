package org.evaw.loader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link AbstractLoaderTest} over the TDB2 setups, as Jena's {@code TestLoaderStdSetups} runs its
 * suite over each loader: a new store (bulk, in one pass), a store made before and emptied (bulk,
 * after a checking pass), a store that holds graphs (a transaction per file), and the same with
 * builds and their manifests, in N-Quads and in gzip (changed graphs only).
 */
@ParameterizedClass(name = "{0}")
@MethodSource("setups")
class LoaderSetupsTest extends AbstractLoaderTest {
    static Stream<Arguments> setups() {
        return Stream.of(
                Arguments.of("new TDB2 store", (Function<Path, LoaderSetup>) work -> new Tdb2(work, Start.NEW, "", BulkLoader.NAME)),
                Arguments.of("empty TDB2 store made before", (Function<Path, LoaderSetup>) work -> new Tdb2(work, Start.EMPTIED, "",
                        BulkLoader.NAME)),
                Arguments.of("TDB2 store holding graphs", (Function<Path, LoaderSetup>) work -> new Tdb2(work, Start.HOLDING, "",
                        TransactionLoader.NAME)),
                Arguments.of("TDB2 store holding graphs, builds with manifests", (Function<Path, LoaderSetup>) work -> new Tdb2(work,
                        Start.HOLDING, ".nq", ChangedGraphsLoader.NAME)),
                Arguments.of("TDB2 store holding graphs, gzip builds with manifests", (Function<Path, LoaderSetup>) work -> new Tdb2(work,
                        Start.HOLDING, ".nq.gz", ChangedGraphsLoader.NAME)));
    }

    LoaderSetupsTest(String name, Function<Path, LoaderSetup> maker) {
        super(maker);
    }

    /** How the store starts: not there yet, made before and holding nothing, or holding a graph of its own. */
    enum Start { NEW, EMPTIED, HOLDING }

    /** A TDB2 store in the test's directory; files as they are, or as builds with the given suffix. */
    static final class Tdb2 implements LoaderSetup {
        private final TdbGraphStore store;
        private final String buildSuffix;
        private final String expected;

        Tdb2(Path work, Start start, String buildSuffix, String expected) {
            Path db = work.resolve("tdb2");
            if (start != Start.NEW) {
                try (TdbGraphStore before = new TdbGraphStore(db)) {
                    before.replace(NodeFactory.createURI(BASE + "graph/other"),
                            RDFParser.fromString("<" + BASE + "id/thing/other> <" + BASE + "id/p/label> \"other\" .", Lang.NTRIPLES).toGraph());
                }
            }
            this.store = new TdbGraphStore(db);
            if (start == Start.EMPTIED)
                Txn.executeWrite(store.dataset(), () -> store.dataset().clear());
            this.buildSuffix = buildSuffix;
            this.expected = expected;
        }

        @Override
        public StoreLoader loader(LoadSettings settings) {
            return LoaderFactory.createLoader(store, settings);
        }

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
            Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(copy::add));
            return copy;
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
