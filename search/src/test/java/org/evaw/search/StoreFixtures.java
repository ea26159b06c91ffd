package org.evaw.search;

import java.nio.file.Path;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/** The TDB2 stores the index's tests read: a fixture beside the tests, loaded into a new database on disk. */
final class StoreFixtures {
    private StoreFixtures() {}

    /** A new TDB2 database in {@code dir}/tdb2 holding the TriG fixture {@code name}. */
    static DatasetGraph onDisk(Path dir, String name) {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
        Txn.executeWrite(store, () -> RDFDataMgr.read(store, url(name)));
        return store;
    }

    /** The URL of the fixture {@code name}. */
    static String url(String name) {
        return StoreFixtures.class.getResource(name).toString();
    }
}
