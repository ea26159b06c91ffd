package org.evaw.server.query;

/** A query's text as the server writes it to its log: at most the first 2 KiB, and how long it was. */
public final class QueryText {
    public static final int LOGGED_CHARS = 2048;

    private QueryText() {}

    public static String forLog(String query) {
        String oneLine = query.length() <= LOGGED_CHARS ? query : query.substring(0, LOGGED_CHARS);
        oneLine = oneLine.replaceAll("[\\r\\n\\t]+", " ");
        return query.length() <= LOGGED_CHARS ? oneLine : oneLine + " … (" + query.length() + " characters; the first " + LOGGED_CHARS + " logged)";
    }
}
