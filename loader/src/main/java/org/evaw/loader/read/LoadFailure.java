package org.evaw.loader.read;

import java.nio.file.Path;

/**
 * Why a file was not loaded, as a value: the file, where in it (line and column from 1, or -1 when
 * the fault has no position, as Jena's {@code ErrorHandler} and RDF4J's {@code ParseErrorCollector}
 * report them) and the reason. A load collects one per refused file and goes on with the next.
 */
public record LoadFailure(Path file, long line, long column, String reason) {
    /** A failure of the file as a whole: it cannot be read, it is cut short, it inflates too far. */
    public static LoadFailure of(Path file, String reason) {
        return new LoadFailure(file, -1, -1, reason);
    }

    /** A failure at a place in the file; {@code column} may be -1 when only the line is known. */
    public static LoadFailure at(Path file, long line, long column, String reason) {
        return new LoadFailure(file, line, column, reason);
    }

    /** One line, as compilers print it: {@code FILE: line L, column C: REASON}. */
    public String message() {
        String where = line < 0 ? "" : column < 0 ? "line " + line + ": " : "line " + line + ", column " + column + ": ";
        return file + ": " + where + reason;
    }

    @Override
    public String toString() {
        return message();
    }
}
