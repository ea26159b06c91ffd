package org.evaw.loader.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.apicatalog.jsonld.JsonLdOptions;

import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
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
                    .errorHandler(strict).context(jsonLd(contexts)).parse(new Guarded(sink));
            skipped.check(file, limits);
        } catch (StackOverflowError e) {
            throw new RdfFileException(LoadFailure.of(file, "nests too deeply for the parser, which ran out of stack"));
        } catch (RuntimeException e) {
            Guarded.rethrowSinkFailure(e);
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
            RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS).strict(true).errorHandler(strict).parse(new Guarded(sink));
        } catch (RuntimeException e) {
            Guarded.rethrowSinkFailure(e);
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
     * The sink, whose failures are no fault of the file: a store that cannot be written (TDB2 says
     * a full disk as {@code TDBException: NodeTableThrift/Write} from inside the parse), a remote
     * store that does not answer. They are carried past the parser and thrown on as they were, for
     * the loader to say what they are, not reported as the file's refusal. A {@link Refusal} is the
     * sink refusing the file, and stays one.
     */
    private static final class Guarded extends StreamRDFWrapper {
        Guarded(StreamRDF sink) {
            super(sink);
        }

        @Override
        public void start() {
            try { super.start(); } catch (RuntimeException e) { throw carried(e); }
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            try { super.triple(triple); } catch (RuntimeException e) { throw carried(e); }
        }

        @Override
        public void quad(org.apache.jena.sparql.core.Quad quad) {
            try { super.quad(quad); } catch (RuntimeException e) { throw carried(e); }
        }

        @Override
        public void base(String base) {
            try { super.base(base); } catch (RuntimeException e) { throw carried(e); }
        }

        @Override
        public void prefix(String prefix, String iri) {
            try { super.prefix(prefix, iri); } catch (RuntimeException e) { throw carried(e); }
        }

        @Override
        public void finish() {
            try { super.finish(); } catch (RuntimeException e) { throw carried(e); }
        }

        private static RuntimeException carried(RuntimeException e) {
            return e instanceof Refusal ? e : new SinkFailure(e);
        }

        /** Throws what the sink threw, when {@code e} is or wraps it. */
        static void rethrowSinkFailure(RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SinkFailure f)
                    throw (RuntimeException) f.getCause();
            }
        }
    }

    /** A failure of the sink on its way out through the parser. */
    private static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }
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
