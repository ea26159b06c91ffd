package org.evaw.loader;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
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
    static final class Tdb2 extends StoreSetup {
        private final TdbGraphStore store;

        Tdb2(Path work, Start start, String buildSuffix, String expected) {
            super(buildSuffix, expected);
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
        }

        @Override
        public StoreLoader loader(LoadSettings settings) {
            return LoaderFactory.createLoader(store, settings);
        }

        @Override
        DatasetGraph dataset() {
            return store.dataset();
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
