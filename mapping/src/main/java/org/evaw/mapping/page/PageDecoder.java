package org.evaw.mapping.page;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns the bytes of a page file into a {@link SourcePage}, refusing what is not text (NUL bytes,
 * malformed UTF-8) or too large to be a page. Decoding is strict: a page with malformed UTF-8 is
 * rejected rather than silently repaired, so that offsets and quotes always match the file. An
 * empty or blank file is text, and is read as a document that says nothing.
 */
public final class PageDecoder {
    /** Pages larger than this are refused before decoding: the inventory's pages are a few kB. */
    public static final long MAX_PAGE_BYTES = 16L * 1024 * 1024;

    private PageDecoder() {}

    public static SourcePage read(Path file) throws PageFormatException, IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        if (size > MAX_PAGE_BYTES)
            throw new PageFormatException(name, "too large (" + size + " bytes; the limit is " + MAX_PAGE_BYTES + ")");
        return decode(name, Files.readAllBytes(file));
    }

    public static SourcePage decode(String fileName, byte[] bytes) throws PageFormatException {
        for (byte b : bytes) {
            if (b == 0)
                throw new PageFormatException(fileName, "binary content (NUL bytes): not a text page");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PageFormatException(fileName, "not UTF-8 text (" + e.getMessage() + ")");
        }
        if (text.startsWith("\uFEFF"))
            text = text.substring(1);
        return new SourcePage(idOf(fileName), fileName, text);
    }

    static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
