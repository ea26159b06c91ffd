package org.evaw.loader;

/** An RDF file that cannot be loaded: a syntax error (with its line and column) or an I/O failure. */
public class RdfFileException extends Exception {
    public RdfFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
