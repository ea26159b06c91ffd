package org.evaw.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.evaw.loader.read.RdfFiles;
import org.evaw.ontology.OntologyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: checks RDF files against the SHACL shapes. All triples of all files, in every
 * graph, are validated together, so that a page's graph is checked with the reference data it uses.
 */
@Command(name = "validate",
        description = "Validate RDF files with the evaw-kg SHACL shapes; exit 1 when the data does not conform.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "RDF files.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Graph all = GraphFactory.createDefaultGraph();
        for (Path file : files) {
            DatasetGraph data = RdfFiles.read(file);
            data.find().forEachRemaining(q -> all.add(q.asTriple()));
        }
        ValidationReport report = ShaclValidator.get().validate(OntologyFiles.shapes(), all);
        if (report.conforms()) {
            out.println("conforms: " + all.size() + " triples, no SHACL violations");
            out.flush();
            return 0;
        }
        OutputStream bytes = WriterStream.of(out);
        ShLib.printReport(bytes, report);
        bytes.flush();
        out.println("does not conform: " + report.getEntries().size() + " SHACL violations");
        out.flush();
        return 1;
    }
}
