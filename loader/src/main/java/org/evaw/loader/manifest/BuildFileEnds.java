package org.evaw.loader.manifest;

/**
 * The first and last lines of a build's N-Quads file, both N-Quads comments (so any parser reads
 * past them): the first says the file is a build's, the last that the build finished writing it.
 * Without a manifest, a file cut short at a line end, or a {@code .nq.gz} cut at a gzip member
 * boundary (every member whole, so gzip itself sees nothing wrong), would otherwise load as far
 * as it goes; with these lines the loader refuses a build's file that has its first line but not
 * its last. Files from other tools have neither and load as they are.
 */
public final class BuildFileEnds {
    /** The opening line, written first (its own gzip member in a {@code .nq.gz}). */
    public static final String OPENING = "# evaw-kg build: N-Quads whose last line is the closing line below";
    /** How the closing line starts; the build adds the number of graphs and quads it wrote. */
    public static final String CLOSING = "# evaw-kg build complete:";

    private BuildFileEnds() {}

    /** The opening line, with its line end. */
    public static String openingLine() {
        return OPENING + "\n";
    }

    /** The closing line of a build that wrote {@code graphs} graphs holding {@code quads} quads, with its line end. */
    public static String closingLine(long graphs, long quads) {
        return CLOSING + " " + graphs + " graphs, " + quads + " quads\n";
    }
}
