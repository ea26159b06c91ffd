package org.evaw.mapping.page;

/** A file that cannot be read as text: binary, not UTF-8, or too large to be a page. */
public class PageFormatException extends Exception {
    private final String fileName;

    public PageFormatException(String fileName, String reason) {
        super(fileName + ": " + reason);
        this.fileName = fileName;
    }

    public String fileName() { return fileName; }
}
