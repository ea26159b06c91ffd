package org.evaw.pipeline.corpus;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.AWriterBase;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.riot.out.NodeFormatterNT;

/**
 * Jena's N-Quads node formatter (UTF-8, as {@code StreamRDFWriter} makes it for {@code Lang.NQUADS}),
 * that formats each IRI once per graph: Jena checks and escapes an IRI character by character every
 * time it writes it, and in a page's graph the graph's name ends every one of its ~860 quads, each
 * mention and passage is the subject of five to eight, and a dozen predicates and classes recur
 * throughout. The text written is Jena's own, so the bytes are those of the plain writer. One
 * instance per graph written: it is not for sharing between threads.
 */
final class RepeatedIris extends NodeFormatterNT {
    private final Map<String, String> formatted = new HashMap<>();
    private final Text once = new Text();

    RepeatedIris() {
        super(CharSpace.UTF8);
    }

    @Override
    public void formatURI(AWriter w, String uri) {
        String text = formatted.get(uri);
        if (text == null) {
            once.text.setLength(0);
            super.formatURI(once, uri);
            text = once.text.toString();
            formatted.put(uri, text);
        }
        w.print(text);
    }

    /**
     * Where an IRI is formatted the first time: Jena writes it a character at a time, which its own
     * {@code StringWriterI} (a synchronised {@code StringBuffer} that starts at 16 characters) made a
     * third of the writing's cost.
     */
    private static final class Text extends AWriterBase {
        final StringBuilder text = new StringBuilder(256);

        @Override public void print(char ch) { text.append(ch); }
        @Override public void print(char[] cbuf) { text.append(cbuf); }
        @Override public void print(String string) { text.append(string); }
        @Override public void printf(String fmt, Object... args) { text.append(String.format(fmt, args)); }
        @Override public void println(String object) { text.append(object).append('\n'); }
        @Override public void println() { text.append('\n'); }
        @Override public void flush() {}
        @Override public void close() {}
    }
}
