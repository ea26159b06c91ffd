package org.evaw.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.evaw.queries.Catalogue;
import org.evaw.queries.Parameter;
import org.evaw.queries.SavedQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code queries}: lists the saved queries with their summaries and parameters. */
@Command(name = "queries",
        description = "List the saved queries, their summaries and parameters.")
final class QueriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (SavedQuery q : Catalogue.bundled().all()) {
            String params = q.parameters().stream().map(QueriesCommand::describe).collect(Collectors.joining(" "));
            out.printf("%-28s %s%n", q.name(), q.summary());
            if (!params.isEmpty())
                out.printf("%-28s   parameters: %s%n", "", params);
        }
        out.flush();
        return 0;
    }

    private static String describe(Parameter p) {
        String type = p.type().name().toLowerCase();
        return "-p " + p.name() + "=<" + type + ">" + (p.defaultValue() == null ? "" : " (default " + p.defaultValue() + ")");
    }
}
