package org.evaw.server.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * The Mustache templates of the HTML pages, beside this class as {@code *.mustache}. Values are
 * HTML-escaped by the template engine ({@code {{value}}}); no template uses the unescaped form,
 * so every literal of the graph reaches a page as text.
 */
final class Templates {
    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(true)
            .nullValue("")
            .emptyStringIsFalse(true)
            .zeroIsFalse(true)
            .withLoader(name -> reader(name + ".mustache"));

    private Templates() {}

    static Template load(String name) {
        try (var in = reader(name + ".mustache")) {
            return COMPILER.compile(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStreamReader reader(String resource) {
        InputStream in = Templates.class.getResourceAsStream(resource);
        if (in == null)
            throw new IllegalStateException("template not on the classpath: " + resource);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
