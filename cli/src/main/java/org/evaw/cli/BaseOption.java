package org.evaw.cli;

import org.evaw.mapping.iri.IriMinter;
import picocli.CommandLine.Option;

/** The {@code --base} option shared by the commands that mint IRIs. */
final class BaseOption {
    @Option(names = "--base", paramLabel = "IRI",
            description = "Base IRI every entity IRI is minted under (default: ${DEFAULT-VALUE}).")
    String base = IriMinter.DEFAULT_BASE;

    IriMinter minter() {
        return new IriMinter(base);
    }
}
