package org.evaw.server.browse;

/** A request of {@code /activities} that cannot be answered as asked, with the sentence that says why. */
public final class BadSelection extends RuntimeException {
    public BadSelection(String sentence) {
        super(sentence);
    }
}
