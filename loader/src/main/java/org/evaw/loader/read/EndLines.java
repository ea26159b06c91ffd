package org.evaw.loader.read;

import org.evaw.loader.manifest.BuildFileEnds;

/**
 * Follows text one character at a time and keeps the start of its first line and of its last
 * non-empty line (each at most {@link #KEPT} characters, so memory is bounded whatever the lines'
 * length), to tell whether a build's N-Quads file ({@link BuildFileEnds}) ends with its closing line.
 */
final class EndLines {
    /** Longer than both lines' fixed parts. */
    private static final int KEPT = 80;

    private final StringBuilder first = new StringBuilder(KEPT);
    private final StringBuilder current = new StringBuilder(KEPT);
    private String last = "";
    private boolean firstDone;

    void next(char c) {
        if (c == '\n' || c == '\r') {
            firstDone = true;
            if (!current.isEmpty())
                last = current.toString();
            current.setLength(0);
            return;
        }
        if (!firstDone && first.length() < KEPT)
            first.append(c);
        if (current.length() < KEPT)
            current.append(c);
    }

    /** Whether the text opened as a build's file does and did not reach its closing line. */
    boolean buildCutShort() {
        String lastLine = current.isEmpty() ? last : current.toString();
        return first.toString().startsWith(BuildFileEnds.OPENING) && !lastLine.startsWith(BuildFileEnds.CLOSING);
    }
}
