package org.evaw.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the JSON-LD processor (Titanium, under Jena's reader) drops without an error: a node or a
 * value whose IRI is not well-formed is skipped with a warning in {@code java.util.logging}, and
 * the file would load without it. Listening on the parsing thread turns the first such warning
 * into a refusal of the file, located by the line that holds the IRI.
 */
final class JsonLdWarnings implements AutoCloseable {
    private static final Logger TITANIUM = Logger.getLogger("com.apicatalog.jsonld");
    private static final Pattern BRACKETED = Pattern.compile("\\[(.*)\\]");

    private final long thread = Thread.currentThread().getId();
    private final List<String> warnings = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLongThreadID() == thread && record.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (warnings) {
                    warnings.add(new SimpleFormatter().formatMessage(record));
                }
            }
        }

        @Override public void flush() {}

        @Override public void close() {}
    };

    private JsonLdWarnings() {
        TITANIUM.addHandler(handler);
    }

    /** Starts listening, on this thread, for what the JSON-LD processor skips. */
    static JsonLdWarnings listen() {
        return new JsonLdWarnings();
    }

    /** Refuses the file if the processor skipped anything while it was read. */
    void check(Path file) throws RdfFileException {
        String first;
        synchronized (warnings) {
            if (warnings.isEmpty())
                return;
            first = warnings.get(0);
        }
        throw new RdfFileException(file + ": " + lineOf(file, first) + "JSON-LD: " + first
                + (warnings.size() > 1 ? " (and " + (warnings.size() - 1) + " more)" : ""), null);
    }

    @Override
    public void close() {
        TITANIUM.removeHandler(handler);
    }

    /** "line N: " for the first line holding the IRI the warning names, or nothing. */
    private static String lineOf(Path file, String warning) {
        Matcher m = BRACKETED.matcher(warning);
        if (!m.find() || m.group(1).isEmpty())
            return "";
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(m.group(1)))
                    return "line " + (i + 1) + ": ";
            }
        } catch (IOException | RuntimeException unreadable) {
            // The position is a courtesy; the refusal stands without it.
        }
        return "";
    }
}
