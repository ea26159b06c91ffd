package org.evaw.server.reconcile;

/** A request the service refuses, with the HTTP status and a message that says what to change. */
final class BadRequest extends Exception {
    private final int status;

    BadRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    BadRequest(String message) {
        this(400, message);
    }

    int status() {
        return status;
    }
}
