package org.evaw.cli;

import java.nio.file.Path;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where a command reads or writes the graph, a mixin: the embedded TDB2 store ({@code --db}, by
 * default the one in the evaw-kg home) or a SPARQL endpoint ({@code --endpoint}), never both.
 */
final class StoreOptions {
    @ArgGroup(exclusive = true)
    Store store;

    /** The two kinds of store, mutually exclusive; required within the group, as picocli's arg groups want. */
    static final class Store {
        @Option(names = "--db", required = true, paramLabel = "DIR",
                description = "TDB2 database directory (default: run/tdb2 in the evaw-kg home).")
        Path db;

        @Option(names = "--endpoint", required = true, paramLabel = "URL",
                description = "A SPARQL 1.1 dataset URL instead of the embedded store, e.g. http://host:3030/ds.")
        String endpoint;
    }

    /** The SPARQL endpoint given, or null for the embedded store. */
    String endpoint() {
        return store == null ? null : store.endpoint;
    }

    /** The embedded store's directory: the one given, or the default. */
    Path database() {
        return store != null && store.db != null ? store.db : Home.database();
    }
}
