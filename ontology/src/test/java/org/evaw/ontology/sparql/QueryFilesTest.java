package org.evaw.ontology.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Query files read from the classpath and from a directory, and the faults a broken build shows. */
class QueryFilesTest {

    @Test
    void readsAResourceBesideItsClassAsUtf8Text() {
        String text = QueryFiles.text(QueryFilesTest.class, "any-triple.rq");
        assertTrue(text.startsWith("# A query with a comment, kept as the file has it: «ask» in UTF-8."), text);
        assertEquals(text, QueryFiles.text(QueryFilesTest.class, "/org/evaw/ontology/sparql/any-triple.rq"));
    }

    @Test
    void parsesAResourceIntoAQuery() {
        assertTrue(QueryFiles.query(QueryFilesTest.class, "any-triple.rq").isAskType());
    }

    @Test
    void namesTheResourceThatIsMissingOrDoesNotParse() {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> QueryFiles.text(QueryFilesTest.class, "none.rq"));
        assertTrue(missing.getMessage().contains("none.rq"), missing.getMessage());
        IllegalStateException broken = assertThrows(IllegalStateException.class, () -> QueryFiles.query(QueryFilesTest.class, "broken.rq"));
        assertTrue(broken.getMessage().startsWith("broken.rq does not parse"), broken.getMessage());
    }

    @Test
    void readsEveryQueryFileOfAFolderByName() throws Exception {
        var fromClasspath = QueryFiles.folder(QueryFilesTest.class, "folder");
        assertEquals(List.of("first", "second"), List.copyOf(fromClasspath.keySet()));
        assertEquals("ASK {}\n", fromClasspath.get("second"));
        assertEquals(fromClasspath, QueryFiles.folder(Path.of("src/test/resources/org/evaw/ontology/sparql/folder")));
    }

    @Test
    void readsAFolderInsideAJar(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("queries.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("saved/"));
            out.putNextEntry(new JarEntry("saved/one.rq"));
            out.write("ASK {}\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("saved/readme.txt"));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            URL folder = loader.getResource("saved");
            assertEquals(Map.of("one", "ASK {}\n"), QueryFiles.folder(folder));
            // Twice: the jar's file system is opened and closed again each time.
            assertEquals(Map.of("one", "ASK {}\n"), QueryFiles.folder(folder));
        }
    }
}
