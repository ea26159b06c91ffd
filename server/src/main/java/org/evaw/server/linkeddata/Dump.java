package org.evaw.server.linkeddata;

import java.nio.file.Path;

/**
 * One data dump of the whole graph, as written: its file name, the RDF media type of its content
 * (and the compression wrapping it, if any), its size in bytes and its SHA-256.
 */
public record Dump(String fileName, String label, String mediaType, String compression, Path file,
                   long size, String sha256, long statements) {
    /** The media type the file is served with: the compression's, when it is compressed. */
    public String servedType() {
        return compression != null ? compression : mediaType;
    }
}
