package org.evaw.pipeline.corpus;

import org.evaw.mapping.page.PageFormatException;

/** A page the build could not map: its file name and why, said as {@code name: reason}. */
public record PageFailure(String page, String reason) {
    static PageFailure of(PageFormatException e) {
        String prefix = e.fileName() + ": ";
        String message = e.getMessage();
        return new PageFailure(e.fileName(), message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }

    @Override
    public String toString() {
        return page + ": " + reason;
    }
}
