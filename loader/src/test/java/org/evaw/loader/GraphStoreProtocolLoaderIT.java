package org.evaw.loader;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link AbstractLoaderTest} against a real SPARQL store: an embedded Fuseki on a free port of
 * 127.0.0.1, with a writable dataset (TDB2 in memory, querying the union of its named graphs, as
 * {@code scripts/fuseki-standalone.ttl} sets up a standalone one), written through the Graph
 * Store Protocol; plain files, and builds with their manifests (changed graphs only).
 */
@ParameterizedClass(name = "{0}")
@MethodSource("setups")
class GraphStoreProtocolLoaderIT extends AbstractLoaderTest {
    static Stream<Arguments> setups() {
        return Stream.of(
                Arguments.of("SPARQL store", (Function<Path, LoaderSetup>) work -> new Fuseki("", GraphStoreProtocolLoader.NAME)),
                Arguments.of("SPARQL store, gzip builds with manifests",
                        (Function<Path, LoaderSetup>) work -> new Fuseki(".nq.gz", ChangedGraphsLoader.NAME)));
    }

    GraphStoreProtocolLoaderIT(String name, Function<Path, LoaderSetup> maker) {
        super(maker);
    }

    /** A Fuseki server of one dataset, {@code /evaw}, with the query, update and Graph Store Protocol services. */
    static final class Fuseki extends StoreSetup {
        private final DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        private final FusekiServer server;
        private final EndpointGraphStore store;

        Fuseki(String buildSuffix, String expected) {
            super(buildSuffix, expected);
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            server = FusekiServer.create().loopback(true).port(0).add("/evaw", dataset).build().start();
            store = new EndpointGraphStore("http://127.0.0.1:" + server.getPort() + "/evaw");
        }

        @Override
        public StoreLoader loader(LoadSettings settings) {
            return LoaderFactory.createLoader(store, settings);
        }

        @Override
        DatasetGraph dataset() {
            return dataset;
        }

        @Override
        public void close() {
            store.close();
            server.stop();
        }
    }
}
