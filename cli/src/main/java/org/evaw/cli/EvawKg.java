package org.evaw.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/**
 * The {@code evaw-kg} command: map the corpus to RDF, load it, serve it and query it. Every
 * subcommand inherits {@code --help} and {@code --version}. Exit codes: 0 success, 1 failure, 2
 * usage error; errors are one line on stderr.
 *
 * <pre>
 *   CommandLine cmd = EvawKg.commandLine();
 *   cmd.setOut(out).setErr(err);
 *   int exitCode = cmd.execute("query", "--saved", "agencies-in-country", "-p", "country=VNM");
 * </pre>
 */
@Command(name = "evaw-kg", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Linked-data knowledge graph of UN system action to end violence against women.",
        subcommands = {BuildCommand.class, ExtractCommand.class, LoadCommand.class, ServeCommand.class,
                QueryCommand.class, QueriesCommand.class, ValidateCommand.class, EvalCommand.class, GenerateCommand.class,
                TrainNamesCommand.class, CrossValidateCommand.class, CheckGoldCommand.class,
                CommandLine.HelpCommand.class})
public final class EvawKg {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new EvawKg())
                .setParameterExceptionHandler(EvawKg::usageError)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + OneLine.of(e));
                    cmd.getErr().flush();
                    return cmd.getCommandSpec().exitCodeOnExecutionException();
                });
    }

    /** A usage error as one line that names the command and where its help is; exit code 2. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        PrintWriter err = cmd.getErr();
        // Picocli starts some messages with "Error: "; the command's name says as much here.
        err.println(name + ": " + OneLine.of(e).replaceFirst("^Error: ", "") + " (see '" + name + " --help')");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }
}
