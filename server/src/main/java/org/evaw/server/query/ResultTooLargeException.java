package org.evaw.server.query;

import org.apache.jena.query.QueryExecException;

/** A query stopped because what it builds would pass one of the server's caps; its message says which. */
public final class ResultTooLargeException extends QueryExecException {
    public ResultTooLargeException(String message) {
        super(message);
    }
}
