package org.evaw.loader.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.evaw.loader.Gzip;
import org.evaw.loader.manifest.BuildFileEnds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build's N-Quads file opens and closes with the lines of {@link BuildFileEnds}: without its
 * manifest, one cut short (at a line end, or a {@code .nq.gz} at a gzip member boundary) is
 * refused before anything is loaded; a file from another tool, with neither line, loads.
 */
class BuildFileEndsTest {
    private static final String QUAD_1 = "<http://example.org/a> <http://example.org/p> \"1\" <http://example.org/g1> .\n";
    private static final String QUAD_2 = "<http://example.org/b> <http://example.org/p> \"2\" <http://example.org/g2> .\n";

    @TempDir
    Path work;

    @Test
    void loadsAWholeBuild() throws Exception {
        Path file = write("whole.nq", BuildFileEnds.openingLine(), QUAD_1, QUAD_2, BuildFileEnds.closingLine(2, 2));
        assertEquals(2, RdfFiles.read(file).stream().count());
    }

    @Test
    void refusesABuildCutAtALineEnd() throws Exception {
        Path file = write("cut.nq", BuildFileEnds.openingLine(), QUAD_1, QUAD_2);
        RdfFileException e = assertThrows(RdfFileException.class, () -> RdfFiles.read(file));
        assertTrue(e.getMessage().contains("cut.nq") && e.getMessage().contains("ends without its closing line"), e.getMessage());
    }

    @Test
    void refusesAGzippedBuildCutAtAMemberBoundary() throws Exception {
        Path whole = gzipped("whole.nq.gz", BuildFileEnds.openingLine(), QUAD_1, QUAD_2, BuildFileEnds.closingLine(2, 2));
        assertEquals(2, RdfFiles.read(whole).stream().count());
        // Every member is whole, so gzip sees nothing wrong: only the missing closing line tells.
        Path cut = gzipped("cut.nq.gz", BuildFileEnds.openingLine(), QUAD_1);
        RdfFileException e = assertThrows(RdfFileException.class, () -> RdfFiles.read(cut));
        assertTrue(e.getMessage().contains("ends without its closing line"), e.getMessage());
    }

    @Test
    void loadsNQuadsFromAnotherToolWithoutEitherLine() throws Exception {
        Path file = write("other.nq", "# written by hand\n", QUAD_1, QUAD_2);
        assertEquals(2, RdfFiles.read(file).stream().count());
    }

    @Test
    void aClosingLineFollowedByBlankLinesStillCloses() throws Exception {
        Path file = write("trailing.nq", BuildFileEnds.openingLine(), QUAD_1, BuildFileEnds.closingLine(1, 1), "\n\r\n");
        assertEquals(1, RdfFiles.read(file).stream().count());
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(work.resolve(name), String.join("", lines), StandardCharsets.UTF_8);
    }

    /** One gzip member per line, as a build writes a member per graph. */
    private Path gzipped(String name, String... lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String line : lines)
            bytes.write(Gzip.member(line.getBytes(StandardCharsets.UTF_8)));
        return Files.write(work.resolve(name), bytes.toByteArray());
    }
}
