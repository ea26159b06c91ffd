package org.evaw.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.io.output.WriterOutputStream;

/**
 * A command's output writer as the byte stream Jena's result and report writers take: their UTF-8
 * is decoded onto the writer, so tests and callers that set the writer see it. Flush it when done;
 * closing it would close the writer too.
 */
final class WriterStream {
    private WriterStream() {}

    static OutputStream of(PrintWriter writer) {
        try {
            return WriterOutputStream.builder().setWriter(writer).setCharset(StandardCharsets.UTF_8).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
