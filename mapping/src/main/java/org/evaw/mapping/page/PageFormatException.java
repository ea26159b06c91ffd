package org.evaw.mapping.page;

/** A page that cannot be read or mapped: empty, binary, not UTF-8, or without recognisable structure. */
public class PageFormatException extends Exception {
    private final String fileName;

    public PageFormatException(String fileName, String reason) {
        super(fileName + ": " + reason);
        this.fileName = fileName;
    }

    public String fileName() { return fileName; }
}
