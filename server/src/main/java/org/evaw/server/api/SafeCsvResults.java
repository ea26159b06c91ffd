package org.evaw.server.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.evaw.server.http.CsvCell;

/**
 * SPARQL results as CSV in the layout of SPARQL 1.1 Query Results CSV (and of Jena's writer): a
 * header of the variable names, then each row's IRIs, literals' lexical forms and blank-node labels,
 * CRLF line ends, with every cell made safe for a spreadsheet by {@link CsvCell}. Used for the saved
 * queries' {@code text/csv}, which people open in spreadsheets; the SPARQL endpoint keeps the
 * standard format unchanged for the programs that read it.
 */
final class SafeCsvResults {
    private SafeCsvResults() {}

    static void write(OutputStream out, RowSet rows) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            List<Var> vars = rows.getResultVars();
            line(w, vars.stream().map(Var::getVarName).toList());
            while (rows.hasNext()) {
                Binding row = rows.next();
                line(w, vars.stream().map(v -> text(row.get(v))).toList());
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Node n) {
        if (n == null)
            return "";
        if (n.isURI())
            return n.getURI();
        if (n.isLiteral())
            return n.getLiteralLexicalForm();
        if (n.isBlank())
            return "_:" + n.getBlankNodeLabel();
        return n.toString();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        w.write(cells.stream().map(CsvCell::field).collect(Collectors.joining(",")));
        w.write("\r\n");
    }
}
