package org.evaw.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Where a command reads or writes the graph: the embedded TDB2 store or a SPARQL endpoint. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database directory (default: run/tdb2 in the evaw-kg home).")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "A SPARQL 1.1 dataset URL instead of the embedded store, e.g. http://host:3030/ds.")
    String endpoint;

    Path database() {
        return db != null ? db : Home.database();
    }

    void check(picocli.CommandLine.Model.CommandSpec spec) {
        if (db != null && endpoint != null)
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--db and --endpoint are exclusive");
    }
}
