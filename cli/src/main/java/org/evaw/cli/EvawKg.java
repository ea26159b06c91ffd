package org.evaw.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code evaw-kg} command: map the corpus to RDF, load it, serve it and query it. Exit codes:
 * 0 success, 1 failure, 2 usage error; errors are one line on stderr.
 */
@Command(name = "evaw-kg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Linked-data knowledge graph of UN system action to end violence against women.",
        subcommands = {BuildCommand.class, ExtractCommand.class, LoadCommand.class, ServeCommand.class,
                QueryCommand.class, QueriesCommand.class, ValidateCommand.class, EvalCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class EvawKg {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new EvawKg())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("evaw-kg " + cmd.getCommandName() + ": " + OneLine.of(e));
                    return 1;
                });
    }
}
