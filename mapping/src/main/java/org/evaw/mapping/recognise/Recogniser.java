package org.evaw.mapping.recognise;

import java.util.List;

/** Finds the entities named in a span of text. Implementations never throw on any input. */
public interface Recogniser {
    /** Mentions in {@code text[from, to)}, with offsets into {@code text}. */
    List<Mention> find(String text, int from, int to);
}
