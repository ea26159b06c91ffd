package org.evaw.server.reconcile;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * The HTML preview of an entity that OpenRefine shows in an {@code <iframe>} of
 * {@value #WIDTH}×{@value #HEIGHT} pixels beside a candidate: its name, type, other names with
 * their languages, and a link to its page. Every value is HTML-escaped (Mustache) and the page
 * runs no script.
 */
final class Preview {
    static final int WIDTH = 400;
    static final int HEIGHT = 140;
    /**
     * The preview is made to be framed by OpenRefine, on whatever host it runs: the one answer
     * that may be framed by any page, since it shows only what the public page shows and runs nothing.
     * Its style is the site's one stylesheet, from this server.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors *";
    private static final Template TEMPLATE = load();

    private Preview() {}

    /**
     * @param page the URL of the entity's page on this server
     */
    static String html(Entity entity, String page) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", entity.name());
        data.put("description", entity.description());
        data.put("iri", entity.iri());
        data.put("page", page);
        List<Map<String, Object>> names = new ArrayList<>();
        List<Name> others = entity.names().stream()
                .filter(n -> !n.property().isCode() && !n.text().equals(entity.name()))
                .limit(12)
                .toList();
        for (int i = 0; i < others.size(); i++)
            names.add(Map.of("text", others.get(i).text(), "lang", others.get(i).lang(), "last", i == others.size() - 1));
        data.put("names", names);
        data.put("hasNames", !names.isEmpty());
        return TEMPLATE.execute(data);
    }

    private static Template load() {
        try (Reader r = new InputStreamReader(Preview.class.getResourceAsStream("preview.mustache"), StandardCharsets.UTF_8)) {
            return Mustache.compiler().emptyStringIsFalse(true).compile(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
