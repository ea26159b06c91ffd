package org.evaw.loader.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.riot.Lang;
import org.evaw.loader.manifest.BuildFileEnds;

/**
 * The pass over a file before it is parsed, 64 kB at a time, that refuses what the parsers would
 * take badly, by line and column:
 * <ul>
 * <li>a text syntax that is not UTF-8, or holds a NUL byte: Jena's parsers put U+FFFD in place of
 * bytes that are not UTF-8, so a Latin-1 file would load with its accented letters lost;</li>
 * <li>Turtle, TriG or N3 whose blank nodes, collections or graphs, and JSON-LD whose objects and
 * arrays, nest deeper than {@link ReadLimits#maxNesting()}: Jena's parsers recurse on nesting
 * and would run out of stack;</li>
 * <li>compressed input that is cut short or inflates past its limits ({@link Decompression}),
 * whatever the syntax: all of it is read here, before anything is written;</li>
 * <li>a build's N-Quads file that opens with its build's first line but does not end with its
 * closing line ({@link BuildFileEnds}): it was cut short, perhaps at a gzip member boundary.</li>
 * </ul>
 */
final class TextScan {
    /** The syntaxes that are UTF-8 by definition; RDF/XML declares its own encoding, the binary ones have none. */
    private static final Set<Lang> TEXT = Set.of(Lang.TURTLE, Lang.TRIG, Lang.NTRIPLES, Lang.NQUADS, Lang.N3,
            Lang.JSONLD, Lang.JSONLD11, Lang.RDFJSON);
    private static final Set<Lang> TURTLE_FAMILY = Set.of(Lang.TURTLE, Lang.TRIG, Lang.N3);
    private static final Set<Lang> JSON_FAMILY = Set.of(Lang.JSONLD, Lang.JSONLD11, Lang.RDFJSON);

    private TextScan() {}

    /** Scans a file, as {@link Decompression} opens it, when it is text or compressed; other files need no pass. */
    static void check(Path file, Lang lang, ReadLimits limits) throws RdfFileException {
        boolean text = TEXT.contains(lang);
        if (!text && !Decompression.compressed(file))
            return;
        try (InputStream in = Decompression.open(file, limits)) {
            if (text)
                check(file, "", in, lang, limits);
            else
                in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (Refusal r) {
            throw new RdfFileException(LoadFailure.of(file, r.getMessage()), r);
        } catch (IOException e) {
            throw new RdfFileException(LoadFailure.of(file, "cannot read: " + e.getMessage()), e);
        }
    }

    /**
     * Scans text read from {@code in}, a part of {@code file} when {@code part} names one (its
     * positions are then counted from the part's start, and said in the reason).
     */
    static void check(Path file, String part, InputStream in, Lang lang, ReadLimits limits) throws IOException, RdfFileException {
        Nesting nesting = new Nesting(TURTLE_FAMILY.contains(lang) ? Nesting.Syntax.TURTLE
                : JSON_FAMILY.contains(lang) ? Nesting.Syntax.JSON : Nesting.Syntax.FLAT);
        // N-Triples and N-Quads, the bulk of what is loaded, skip the nesting count altogether.
        boolean nests = !nesting.flat;
        // A whole build's N-Quads file must end with the line its build writes last.
        EndLines ends = lang.equals(Lang.NQUADS) && part.isEmpty() ? new EndLines() : null;
        int maxNesting = limits.maxNesting();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        long line = 1, column = 1;
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0)
                end = true;
            else
                bytes.position(bytes.position() + n);
            bytes.flip();
            CoderResult result;
            do {
                result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (c == 0)
                        throw refused(file, part, line, column, "binary content (a NUL byte), not RDF text");
                    if (nests && nesting.next(c) > maxNesting)
                        throw refused(file, part, line, column, "nests deeper than " + limits.maxNesting()
                                + " levels (blank nodes, collections, graphs or JSON objects); refused, as the parser would run out of stack");
                    if (ends != null)
                        ends.next(c);
                    if (c == '\n') {
                        line++;
                        column = 1;
                    } else if (!Character.isLowSurrogate(c)) {
                        column++;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    int bad = bytes.get(bytes.position()) & 0xFF;
                    throw refused(file, part, line, column,
                            String.format("not UTF-8 text (byte 0x%02X); RDF text syntaxes are UTF-8", bad));
                }
            } while (result.isOverflow());
            bytes.compact();
        }
        chars.clear();
        if (decoder.flush(chars).isError())
            throw refused(file, part, line, -1, "not UTF-8 text (the file ends inside a character)");
        if (ends != null && ends.buildCutShort())
            throw new RdfFileException(LoadFailure.of(file, "a build's N-Quads file that ends without its closing line ('"
                    + BuildFileEnds.CLOSING + " …'): it is cut short; refused, nothing loaded"));
    }

    private static RdfFileException refused(Path file, String part, long line, long column, String reason) {
        if (part.isEmpty())
            return new RdfFileException(LoadFailure.at(file, line, column, reason));
        String where = column < 0 ? "line " + line : "line " + line + ", column " + column;
        return new RdfFileException(LoadFailure.of(file, part + ", " + where + " of it: " + reason));
    }

    /**
     * The nesting depth of Turtle-like or JSON text, one character at a time: brackets count only
     * outside strings, IRIs and comments, so that a {@code [} in a literal is not a blank node.
     * Malformed text may be miscounted; the parser then refuses it anyway. N-Triples and N-Quads
     * do not nest ({@code FLAT}).
     */
    private static final class Nesting {
        enum Syntax { TURTLE, JSON, FLAT }

        private enum State { CODE, ESCAPE, COMMENT, IRI, OPENING, SHORT, SHORT_ESCAPE, LONG, LONG_ESCAPE }

        private final boolean turtle;
        private final boolean flat;
        private State state = State.CODE;
        private char quote;
        private int quotes;
        private int depth;

        Nesting(Syntax syntax) {
            this.turtle = syntax == Syntax.TURTLE;
            this.flat = syntax == Syntax.FLAT;
        }

        int next(char c) {
            switch (state) {
                case CODE -> code(c);
                case ESCAPE -> state = State.CODE;
                case COMMENT -> { if (c == '\n' || c == '\r') state = State.CODE; }
                case IRI -> { if (c == '>' || c == '\n') state = State.CODE; }
                case OPENING -> {
                    if (c == quote && ++quotes == 3) {
                        state = State.LONG;
                        quotes = 0;
                    } else if (c != quote) {
                        // One quote opened a short string; two were an empty one, and c is code again.
                        state = quotes == 1 ? State.SHORT : State.CODE;
                        if (state == State.SHORT)
                            inShort(c);
                        else
                            code(c);
                    }
                }
                case SHORT -> inShort(c);
                case SHORT_ESCAPE -> state = State.SHORT;
                case LONG -> {
                    if (c == '\\')
                        state = State.LONG_ESCAPE;
                    else if (c == quote && ++quotes == 3)
                        state = State.CODE;
                    else if (c != quote)
                        quotes = 0;
                }
                case LONG_ESCAPE -> { state = State.LONG; quotes = 0; }
            }
            return depth;
        }

        private void code(char c) {
            switch (c) {
                case '[', '(', '{' -> depth++;
                case ']', ')', '}' -> depth = Math.max(0, depth - 1);
                case '"' -> {
                    quote = c;
                    quotes = 1;
                    state = turtle ? State.OPENING : State.SHORT;
                }
                case '\'' -> {
                    if (turtle) {
                        quote = c;
                        quotes = 1;
                        state = State.OPENING;
                    }
                }
                case '#' -> { if (turtle) state = State.COMMENT; }
                case '<' -> { if (turtle) state = State.IRI; }
                case '\\' -> { if (turtle) state = State.ESCAPE; }
                default -> { }
            }
        }

        private void inShort(char c) {
            if (c == '\\')
                state = State.SHORT_ESCAPE;
            else if (c == quote || (turtle && c == '\n'))
                state = State.CODE;
        }
    }
}
