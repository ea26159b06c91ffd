package org.evaw.cli;

/** An exception as the one line a user reads on stderr: its message, or its type when it has none. */
final class OneLine {
    private OneLine() {}

    static String of(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank())
            message = e.getClass().getSimpleName();
        return message.lines().findFirst().orElse(message);
    }
}
