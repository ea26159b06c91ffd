package org.evaw.loader;

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

import org.apache.jena.atlas.io.IO;
import org.apache.jena.riot.Lang;

/**
 * Checks that an RDF file in a text syntax is UTF-8 text, as those syntaxes require, before it is
 * parsed: Jena's parsers put U+FFFD in place of bytes that are not UTF-8, so a Latin-1 file would
 * load with its accented letters silently lost. The first bad byte, or NUL byte, is reported with
 * its line and column. One pass, 64 kB at a time.
 */
final class Utf8Check {
    /** The syntaxes that are UTF-8 by definition; RDF/XML declares its own encoding, the binary ones have none. */
    private static final Set<Lang> TEXT = Set.of(Lang.TURTLE, Lang.TRIG, Lang.NTRIPLES, Lang.NQUADS, Lang.N3,
            Lang.JSONLD, Lang.JSONLD11, Lang.RDFJSON);

    private Utf8Check() {}

    static void check(Path file, Lang lang) throws RdfFileException {
        if (!TEXT.contains(lang))
            return;
        try (InputStream in = IO.openFileEx(file.toAbsolutePath().toString())) {
            check(file.toString(), in);
        } catch (IOException e) {
            throw new RdfFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    static void check(String name, InputStream in) throws IOException, RdfFileException {
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
                        throw new RdfFileException(name + ": line " + line + ", column " + column
                                + ": binary content (a NUL byte), not RDF text", null);
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
                    throw new RdfFileException(String.format("%s: line %d, column %d: not UTF-8 text (byte 0x%02X); "
                            + "RDF text syntaxes are UTF-8", name, line, column, bad), null);
                }
            } while (result.isOverflow());
            bytes.compact();
        }
        chars.clear();
        if (decoder.flush(chars).isError())
            throw new RdfFileException(name + ": line " + line + ": not UTF-8 text (the file ends inside a character)", null);
    }
}
