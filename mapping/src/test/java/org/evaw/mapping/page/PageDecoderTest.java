package org.evaw.mapping.page;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@link PageDecoder} accepts as a page and how it names what it refuses. */
class PageDecoderTest {

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nul-bytes.txt           | NUL bytes
            latin-1.txt             | not UTF-8
            truncated-utf-8.txt     | not UTF-8
            encoded-surrogate.txt   | not UTF-8
            """)
    void refusesWhatIsNotATextPageNamingFileAndReason(String fixture, String reason) throws Exception {
        PageFormatException e = assertThrows(PageFormatException.class, () -> PageDecoder.read(fixture(fixture)));
        assertAll(
                () -> assertEquals(fixture, e.fileName()),
                () -> assertTrue(e.getMessage().startsWith(fixture + ": "), e.getMessage()),
                () -> assertTrue(e.getMessage().contains(reason), e.getMessage()));
    }

    @ParameterizedTest(name = "{0} is a document with no text")
    @CsvSource(textBlock = """
            empty.txt
            whitespace-only.txt
            bom-only.txt
            """)
    void readsAnEmptyOrBlankFileAsADocumentWithoutText(String fixture) throws Exception {
        SourcePage page = PageDecoder.read(fixture(fixture));
        assertAll(
                () -> assertEquals(fixture, page.fileName()),
                () -> assertTrue(page.text().isBlank()),
                () -> assertTrue(PageParser.parse(page).blocks().isEmpty()));
    }

    @Test
    void refusesAFileLargerThanTheLimitBeforeReadingIt(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("huge.txt");
        // A sparse file: one byte past the limit, without writing 16 MB.
        try (SeekableByteChannel ch = Files.newByteChannel(big, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SPARSE)) {
            ch.position(PageDecoder.MAX_PAGE_BYTES);
            ch.write(ByteBuffer.wrap(new byte[] {'x'}));
        }
        PageFormatException e = assertThrows(PageFormatException.class, () -> PageDecoder.read(big));
        assertEquals("huge.txt", e.fileName());
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void decodesAValidPageKeepingEveryCharacter() throws Exception {
        Path file = fixture("valid-page.txt");
        SourcePage page = PageDecoder.read(file);
        assertAll(
                () -> assertEquals("valid-page", page.id()),
                () -> assertEquals("valid-page.txt", page.fileName()),
                () -> assertEquals(Files.readString(file, StandardCharsets.UTF_8), page.text()),
                () -> assertTrue(page.text().contains("Côte d’Ivoire")),
                () -> assertTrue(page.text().contains("“safe spaces”")));
    }

    @Test
    void stripsTheByteOrderMarkSoOffsetsStartAtTheTitle() throws Exception {
        SourcePage page = PageDecoder.read(fixture("bom.txt"));
        assertAll(
                () -> assertFalse(page.text().contains("\uFEFF")),
                () -> assertTrue(page.text().startsWith("UNODC\n"), page.text()),
                () -> assertEquals(0, PageParser.parse(page).title().orElseThrow().start()));
    }

    @Test
    void idDropsOnlyTheLastExtension() {
        assertAll(
                () -> assertEquals("000_0f13b727ca13757f", PageDecoder.idOf("000_0f13b727ca13757f.txt")),
                () -> assertEquals("page.v2", PageDecoder.idOf("page.v2.txt")),
                () -> assertEquals("README", PageDecoder.idOf("README")),
                () -> assertEquals(".hidden", PageDecoder.idOf(".hidden")));
    }

    @Test
    void decodesEveryCorpusPage() throws Exception {
        List<Path> pages;
        try (var files = Files.list(Path.of("../corpus"))) {
            pages = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(pages.isEmpty(), "no corpus pages in ../corpus");
        for (Path file : pages)
            assertFalse(PageDecoder.read(file).text().isBlank(), file.toString());
    }

    private static Path fixture(String name) throws URISyntaxException {
        URL url = PageDecoderTest.class.getResource(name);
        if (url == null)
            throw new IllegalStateException("missing test fixture " + name);
        return Path.of(url.toURI());
    }
}
