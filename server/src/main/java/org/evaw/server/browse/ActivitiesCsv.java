package org.evaw.server.browse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.evaw.server.http.CsvCell;

/**
 * The activities as CSV (RFC 4180, CRLF line ends, a header row): each activity's IRI and words,
 * then its lead agency, countries, regions, reporting period, programmes, partners, forms of
 * violence and source document, by name, several values in one cell separated by "; ". Every cell
 * is made safe to open in a spreadsheet ({@link CsvCell}).
 */
final class ActivitiesCsv {
    static final List<String> COLUMNS = List.of("agency", "country", "region", "period", "programme", "partner", "form", "source");
    private static final List<String> HEADER = List.of("activity", "label", "lead_agency", "countries", "regions",
            "reporting_period", "programmes", "partners", "forms_of_violence", "source");

    private final Writer out;

    ActivitiesCsv(Writer out) {
        this.out = out;
    }

    void header() {
        line(HEADER);
    }

    void rows(ActivityBrowser.Batch batch) {
        for (Answer.Row row : batch.rows()) {
            List<String> cells = new java.util.ArrayList<>();
            cells.add(row.iri());
            cells.add(row.column("label").stream().map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.toString())
                    .findFirst().orElse(""));
            for (String column : COLUMNS)
                cells.add(names(row.column(column), batch.names()));
            line(cells);
        }
    }

    private static String names(List<Node> values, Names names) {
        return values.stream().map(n -> n.isURI() ? names.of(n.getURI()).full() : n.isLiteral() ? n.getLiteralLexicalForm() : "")
                .collect(Collectors.joining("; "));
    }

    private void line(List<String> cells) {
        try {
            out.write(cells.stream().map(ActivitiesCsv::cell).collect(Collectors.joining(",")));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell safe in a spreadsheet and quoted as RFC 4180 asks ({@link CsvCell}). */
    static String cell(String text) {
        return CsvCell.field(text);
    }
}
