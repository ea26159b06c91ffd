package org.evaw.loader.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    void check(Path file, ReadLimits limits) throws RdfFileException {
        String first;
        int more;
        synchronized (warnings) {
            if (warnings.isEmpty())
                return;
            first = warnings.get(0);
            more = warnings.size() - 1;
        }
        String reason = "JSON-LD: " + first + (more > 0 ? " (and " + more + " more)" : "");
        Matcher m = BRACKETED.matcher(first);
        Optional<Long> line = m.find() && !m.group(1).isEmpty() ? lineOf(file, m.group(1), limits) : Optional.empty();
        throw new RdfFileException(line.map(l -> LoadFailure.at(file, l, -1, reason)).orElseGet(() -> LoadFailure.of(file, reason)));
    }

    @Override
    public void close() {
        TITANIUM.removeHandler(handler);
    }

    /** The first line of the file that holds {@code text}, if one does: a position for a fault the processor gives none for. */
    static Optional<Long> lineOf(Path file, String text, ReadLimits limits) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Decompression.open(file, limits), StandardCharsets.UTF_8))) {
            long n = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                n++;
                if (line.contains(text))
                    return Optional.of(n);
            }
        } catch (IOException | RuntimeException unreadable) {
            // The position is a courtesy; the refusal stands without it.
        }
        return Optional.empty();
    }
}
