package org.evaw.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.analysis.DocumentAnalysis;
import org.evaw.mapping.extract.ExtractReport;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.mapping.page.PageFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code extract --json}: the entities each document names, as the JSON that evaluation tools read.
 * One file gives one object; several give an array of objects, in the order given. Any text is
 * read (an empty one gives an empty object and a warning); a file that is not text is named on
 * standard error, the others are still read, and the exit code is 1.
 */
@Command(name = "extract",
        description = "Print the entities found in each document as JSON: agencies, countries, resolutions, "
                + "programmes, partners and periods, then the concepts its activities are classified by: "
                + "subjects (forms of violence) and interventions (kinds of intervention).")
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--json", required = true, description = "Write JSON (the only format; required for stability of the contract).")
    boolean json;

    @Option(names = "--explain", description = "Add each entity's and concept's mentions: code-point offsets, exact quote, confidence.")
    boolean explain;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Pages to read.")
    List<Path> files;

    @Mixin
    BaseOption base;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Mapper mapper = base.mapper();
        JsonArray results = new JsonArray();
        int failed = 0;
        for (Path file : files) {
            try {
                DocumentAnalysis analysis = mapper.analyser().analyse(PageDecoder.read(file));
                analysis.warnings().forEach(w -> err.println("evaw-kg extract: warning: " + w));
                JsonObject report = ExtractReport.of(analysis, mapper.recognisers(), explain);
                report.put("document", file.toString());
                results.add(report);
            } catch (PageFormatException e) {
                err.println("evaw-kg extract: " + e.getMessage());
                failed++;
            } catch (IOException e) {
                err.println("evaw-kg extract: " + file + ": cannot read: " + e.getMessage());
                failed++;
            }
        }
        JsonValue out = files.size() == 1 && results.size() == 1 ? results.get(0) : results;
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(JSON.toString(out));
        stdout.println();
        stdout.flush();
        return failed == 0 ? 0 : 1;
    }
}
