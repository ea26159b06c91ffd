package org.evaw.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence templates and word lists of synthetic pages, read from {@code templates.txt}: lines
 * grouped under {@code [section]} headers, {@code #} comments and blank lines ignored.
 */
public final class Templates {
    private static final String RESOURCE = "/org/evaw/generator/templates.txt";

    private final Map<String, List<String>> sections;

    private Templates(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    /** The bundled templates. */
    public static Templates bundled() {
        try (InputStream in = Templates.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IOException("missing classpath resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Templates parse(BufferedReader reader) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#"))
                continue;
            if (text.startsWith("[") && text.endsWith("]")) {
                current = sections.computeIfAbsent(text.substring(1, text.length() - 1), k -> new ArrayList<>());
                continue;
            }
            if (current == null)
                throw new IOException("template line before any [section]: " + text);
            current.add(text);
        }
        sections.replaceAll((k, v) -> List.copyOf(v));
        return new Templates(Map.copyOf(sections));
    }

    /** The lines of a section; an unknown section is an error in the templates file. */
    public List<String> section(String name) {
        List<String> lines = sections.get(name);
        if (lines == null || lines.isEmpty())
            throw new IllegalStateException("templates.txt has no section [" + name + "]");
        return lines;
    }
}
