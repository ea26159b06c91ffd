package org.evaw.loader.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.apicatalog.jsonld.JsonLdOptions;

import org.apache.jena.atlas.AtlasException;
import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.jsonld.TitaniumJsonLdOptions;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Reads RDF files, in any syntax Jena knows by the file's extension, strictly and taking nothing
 * from elsewhere: a file that is malformed, truncated, holds a bad IRI, is not UTF-8, nests too
 * deeply, is compressed and cut short or inflates past {@link ReadLimits}, names a JSON-LD context
 * that is not built in ({@link BuiltInContexts}) or that the JSON-LD processor would silently
 * drop parts of ({@link JsonLdWarnings}) is refused with a {@link LoadFailure} that says where.
 * Nothing is written before the file is known good only where the sink makes it so: a sink that
 * only looks, or a transaction that is aborted on a refusal.
 */
public final class RdfFiles {
    private RdfFiles() {}

    /** The whole file in memory, within the default limits. */
    public static DatasetGraph read(Path file) throws RdfFileException {
        DatasetGraph data = DatasetGraphFactory.create();
        stream(file, StreamRDFLib.dataset(data), ReadLimits.DEFAULT);
        return data;
    }

    /** The syntax a file's name says, or nothing for a name Jena does not know. */
    public static Optional<Lang> syntax(Path file) {
        return Optional.ofNullable(RDFLanguages.filenameToLang(file.toString()));
    }

    /**
     * Parses a whole file onto a stream, holding nothing: first a pass that checks its text and
     * compression ({@link TextScan}), then the strict parser.
     */
    public static void stream(Path file, StreamRDF sink, ReadLimits limits) throws RdfFileException {
        if (!Files.isReadable(file))
            throw new RdfFileException(LoadFailure.of(file, "cannot read the file"));
        Lang lang = syntax(file).orElseThrow(() -> new RdfFileException(
                LoadFailure.of(file, "unknown RDF syntax (use .nq, .trig, .ttl, .nt, .jsonld, .rdf, optionally .gz)")));
        TextScan.check(file, lang, limits);
        BuiltInContexts contexts = new BuiltInContexts();
        Strict strict = new Strict();
        // The base IRI is the one the file itself would have given.
        try (JsonLdWarnings skipped = JsonLdWarnings.listen(); InputStream in = Decompression.open(file, limits)) {
            RDFParser.source(in).base(IRILib.filenameToIRI(file.toString())).lang(lang).strict(true)
                    .errorHandler(strict).context(jsonLd(contexts)).parse(sink);
            skipped.check(file, limits);
        } catch (StackOverflowError e) {
            throw new RdfFileException(LoadFailure.of(file, "nests too deeply for the parser, which ran out of stack"));
        } catch (RiotException | Refusal | AtlasException e) {
            // What the parser, the sink or the input refused; any other failure (a full disk under
            // the store the sink writes to) is not the file's, and goes up as it is.
            throw refused(file, "", e, strict, contexts, limits);
        } catch (IOException e) {
            throw new RdfFileException(LoadFailure.of(file, "cannot read: " + e.getMessage()), e);
        }
    }

    /**
     * Parses N-Quads that are a part of {@code file} (a graph's byte range of a build, already
     * inflated), strictly; {@code part} names the part in messages, whose positions count from
     * the part's start.
     */
    public static void streamNQuads(Path file, String part, byte[] nquads, StreamRDF sink, ReadLimits limits) throws RdfFileException {
        try {
            TextScan.check(file, part, new ByteArrayInputStream(nquads), Lang.NQUADS, limits);
        } catch (IOException e) {
            throw new RdfFileException(LoadFailure.of(file, part + ": " + e.getMessage()), e);
        }
        Strict strict = new Strict();
        try {
            RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS).strict(true).errorHandler(strict).parse(sink);
        } catch (RiotException | Refusal | AtlasException e) {
            throw refused(file, part, e, strict, new BuiltInContexts(), limits);
        }
    }

    /** The parser's context: JSON-LD contexts only from the built-in set. */
    private static Context jsonLd(BuiltInContexts contexts) {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader(contexts);
        Context context = new Context();
        context.set(TitaniumJsonLdOptions.JSONLD_OPTIONS, options);
        return context;
    }

    /** The failure a parse ended in, said as precisely as the parser, the sink or the context loader allows. */
    private static RdfFileException refused(Path file, String part, RuntimeException e, Strict strict, BuiltInContexts contexts,
            ReadLimits limits) {
        String prefix = part.isEmpty() ? "" : part + ": ";
        Optional<Refusal> refusal = Refusal.in(e);
        if (refusal.isPresent())
            return new RdfFileException(LoadFailure.of(file, prefix + refusal.get().getMessage()), e);
        Optional<java.net.URI> context = contexts.firstRefused();
        if (context.isPresent()) {
            String reason = "JSON-LD @context " + context.get() + " is not a built-in context (only the evaw-kg context, "
                    + BuiltInContexts.PATH + " of an evaw-kg server, is read); nothing was fetched";
            // Titanium may have normalised the IRI (file:///x is file:/x to java.net.URI): its path finds it too.
            Optional<Long> line = JsonLdWarnings.lineOf(file, context.get().toString(), limits)
                    .or(() -> Optional.ofNullable(context.get().getRawPath()).filter(p -> p.length() > 1)
                            .flatMap(p -> JsonLdWarnings.lineOf(file, p, limits)));
            return new RdfFileException(line.map(n -> LoadFailure.at(file, n, -1, reason))
                    .orElseGet(() -> LoadFailure.of(file, reason)), e);
        }
        Optional<Strict.Fault> fault = strict.first();
        if (fault.isPresent()) {
            Strict.Fault f = fault.get();
            String reason = explain(f.message());
            if (part.isEmpty())
                return new RdfFileException(LoadFailure.at(file, f.line(), f.column(), reason), e);
            if (f.line() < 0)
                return new RdfFileException(LoadFailure.of(file, prefix + reason), e);
            return new RdfFileException(LoadFailure.of(file, prefix + "line " + f.line() + ", column " + f.column() + " of it: " + reason), e);
        }
        return new RdfFileException(LoadFailure.of(file, prefix + explain(String.valueOf(e.getMessage()))), e);
    }

    /** Jena's message, with what Titanium's "could not be loaded" means for a local JSON-LD file. */
    private static String explain(String message) {
        if (message.contains("LOADING_DOCUMENT_FAILED") || message.contains("could not be loaded or parsed"))
            return message + " (the file is not well-formed JSON)";
        return message;
    }

    /**
     * Treats warnings (bad IRIs, ill-formed literals) as errors, as the store takes only clean data,
     * and keeps the first fault with its position for the {@link LoadFailure}.
     */
    private static final class Strict implements ErrorHandler {
        record Fault(String message, long line, long column) {}

        private Fault first;

        @Override
        public void warning(String message, long line, long col) { error(message, line, col); }

        @Override
        public void error(String message, long line, long col) {
            if (first == null)
                first = new Fault(message, line, col);
            throw new RiotException(message);
        }

        @Override
        public void fatal(String message, long line, long col) { error(message, line, col); }

        Optional<Fault> first() {
            return Optional.ofNullable(first);
        }
    }
}
