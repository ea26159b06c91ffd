package org.evaw.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;

/** The saved queries' CSV: SPARQL's CSV layout, with formula-like literals made inert and numbers left alone. */
class SafeCsvResultsTest {
    @Test
    void aFormulaLiteralGetsAQuoteANegativeNumberStaysAndQuotingIsKept() {
        String query = "SELECT ?s ?label ?n ?none { VALUES (?s ?label ?n) {"
                + " (<http://localhost:3030/id/a> \"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\" -3)"
                + " (<http://localhost:3030/id/b> \"Viet Nam, Lao PDR\" 2.5) } }";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var exec = QueryExecutionFactory.create(query, ModelFactory.createDefaultModel())) {
            ResultSet results = exec.execSelect();
            SafeCsvResults.write(out, RowSet.adapt(results));
        }
        assertEquals("s,label,n,none\r\n"
                + "http://localhost:3030/id/a,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",-3,\r\n"
                + "http://localhost:3030/id/b,\"Viet Nam, Lao PDR\",2.5,\r\n", out.toString(StandardCharsets.UTF_8));
    }
}
