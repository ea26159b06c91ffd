package org.evaw.ontology;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Reads Turtle from the classpath as strictly as {@code riot --validate --strict}, for tests. */
final class Fixtures {
    private Fixtures() {}

    /** The graph of a classpath resource; any parse warning, such as an ill-formed literal, fails. */
    static Graph parseStrictly(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the classpath");
            return RDFParser.source(in)
                    .lang(Lang.TURTLE)
                    .checking(true)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrict)
                    .toGraph();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A report's entries, one a line, for assertion messages. */
    static String describe(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }
}
