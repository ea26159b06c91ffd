package org.evaw.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Reads a whole RDF file, in any syntax Jena knows by its extension, before anything is written:
 * a file that is malformed, truncated or holds a bad IRI is refused whole, with the line and
 * column Jena reports, and the store is left as it was. So is a text-syntax file that is not
 * UTF-8 ({@link Utf8Check}) and a JSON-LD file whose processor skipped a node ({@link JsonLdWarnings}).
 */
public final class RdfFiles {
    private RdfFiles() {}

    public static DatasetGraph read(Path file) throws RdfFileException {
        DatasetGraph data = DatasetGraphFactory.create();
        stream(file, StreamRDFLib.dataset(data));
        return data;
    }

    /**
     * Parses a whole RDF file onto a stream, as strictly as {@link #read}, holding nothing: a sink
     * that only looks (or a transaction that can be aborted) lets a file be checked before it is loaded.
     */
    public static void stream(Path file, org.apache.jena.riot.system.StreamRDF sink) throws RdfFileException {
        if (!Files.isReadable(file))
            throw new RdfFileException(file + ": cannot read the file", null);
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null)
            throw new RdfFileException(file + ": unknown RDF syntax (use .nq, .trig, .ttl, .nt, .jsonld, .rdf)", null);
        Utf8Check.check(file, lang);
        // RDFParser.source(Path) reads the bytes as they are; Jena's IO.openFileEx undoes gzip and
        // bzip2 (by the file's name), and the base IRI is the one the file itself would have given.
        // The path is absolute: IO reads "-" as standard input.
        try (JsonLdWarnings skipped = JsonLdWarnings.listen(); InputStream in = IO.openFileEx(file.toAbsolutePath().toString())) {
            RDFParser.source(in).base(IRILib.filenameToIRI(file.toString())).lang(lang).strict(true)
                    .errorHandler(Strict.INSTANCE).parse(sink);
            skipped.check(file);
        } catch (RiotException e) {
            throw new RdfFileException(file + ": " + explain(e, lang), e);
        } catch (IOException e) {
            throw new RdfFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Jena's message, with what Titanium's "could not be loaded" means for a local JSON-LD file. */
    private static String explain(RiotException e, Lang lang) {
        String message = e.getMessage();
        if ((lang.equals(Lang.JSONLD) || lang.equals(Lang.JSONLD11)) && message != null && message.contains("LOADING_DOCUMENT_FAILED"))
            return message + " (the file is not well-formed JSON, or a remote @context it names could not be fetched)";
        return message;
    }

    /** Parses N-Quads bytes (a range of a file named {@code name}) onto a stream, strictly. */
    public static void streamNQuads(String name, byte[] bytes, org.apache.jena.riot.system.StreamRDF sink) throws RdfFileException {
        try {
            Utf8Check.check(name, new java.io.ByteArrayInputStream(bytes));
        } catch (java.io.IOException e) {
            throw new RdfFileException(name + ": " + e.getMessage(), e);
        }
        try {
            RDFParser.source(new java.io.ByteArrayInputStream(bytes)).lang(Lang.NQUADS).strict(true)
                    .errorHandler(Strict.INSTANCE).parse(sink);
        } catch (RiotException e) {
            throw new RdfFileException(name + ": " + e.getMessage(), e);
        }
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
