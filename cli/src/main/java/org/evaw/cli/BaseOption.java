package org.evaw.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.evaw.mapping.Mapper;
import org.evaw.mapping.iri.IriMinter;
import picocli.CommandLine.Option;

/** The options shared by the commands that map pages: the base IRI and extra reference data. */
final class BaseOption {
    @Option(names = "--base", paramLabel = "IRI",
            description = "Base IRI every entity IRI is minted under (default: ${DEFAULT-VALUE}).")
    String base = IriMinter.DEFAULT_BASE;

    @Option(names = "--reference", paramLabel = "DIR",
            description = "A directory of extra reference data (.ttl: agencies, programmes, partners, places, names), "
                    + "read after the bundled data. Repeatable.")
    List<Path> reference = new ArrayList<>();

    IriMinter minter() {
        return new IriMinter(base);
    }

    /** The mapping's parts for the base IRI and the reference data the options name. */
    Mapper mapper() {
        for (Path dir : reference) {
            if (!java.nio.file.Files.isDirectory(dir))
                throw new IllegalArgumentException("--reference " + dir + ": not a directory");
        }
        return new Mapper(minter(), reference);
    }
}
