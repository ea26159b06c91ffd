package org.evaw.loader;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Reads a whole RDF file, in any syntax Jena knows by its extension, before anything is written:
 * a file that is malformed, truncated or holds a bad IRI is refused whole, with the line and
 * column Jena reports, and the store is left as it was.
 */
public final class RdfFiles {
    private RdfFiles() {}

    public static DatasetGraph read(Path file) throws RdfFileException {
        if (!Files.isReadable(file))
            throw new RdfFileException(file + ": cannot read the file", null);
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null)
            throw new RdfFileException(file + ": unknown RDF syntax (use .nq, .trig, .ttl, .nt, .jsonld, .rdf)", null);
        DatasetGraph data = DatasetGraphFactory.create();
        try {
            RDFParser.source(file).lang(lang).strict(true).errorHandler(Strict.INSTANCE).parse(data);
        } catch (RiotException e) {
            throw new RdfFileException(file + ": " + e.getMessage(), e);
        }
        return data;
    }

    /** Treats warnings (bad IRIs, ill-formed literals) as errors: the store takes only clean data. */
    private static final class Strict implements ErrorHandler {
        static final Strict INSTANCE = new Strict();

        @Override
        public void warning(String message, long line, long col) { error(message, line, col); }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException(position(line, col) + message);
        }

        @Override
        public void fatal(String message, long line, long col) { error(message, line, col); }

        private static String position(long line, long col) {
            return line < 0 ? "" : col < 0 ? "line " + line + ": " : "line " + line + ", column " + col + ": ";
        }
    }
}
