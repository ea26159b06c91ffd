package org.evaw.search;

/** A search that cannot be run as asked (empty, too long, or not Lucene's query syntax): the message says why, for the user. */
public final class BadQueryException extends IllegalArgumentException {
    public BadQueryException(String message) {
        super(message);
    }
}
