package org.evaw.server.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.evaw.server.site.SiteChrome;

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
            .withLoader(Templates::partial);

    private Templates() {}

    /** Where each page template is served, for the navigation to mark the page one is on. */
    private static final java.util.Map<String, String> SERVED_AT = java.util.Map.of("dumps", "/dumps/", "ontology", "/ontology");

    static Template load(String name) {
        String current = SERVED_AT.getOrDefault(name, "");
        try (var in = reader(name + ".mustache")) {
            return COMPILER.withLoader(partial -> partial(partial, current)).compile(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A partial: the site's shared navigation and footer, or a template beside this class. */
    static Reader partial(String name) {
        return partial(name, "");
    }

    /** A partial, the navigation marking the link to {@code current} as the page one is on. */
    static Reader partial(String name, String current) {
        return switch (name) {
            case "header" -> new StringReader(SiteChrome.nav(current));
            case "footer" -> new StringReader(SiteChrome.footer());
            default -> reader(name + ".mustache");
        };
    }

    private static InputStreamReader reader(String resource) {
        InputStream in = Templates.class.getResourceAsStream(resource);
        if (in == null)
            throw new IllegalStateException("template not on the classpath: " + resource);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
