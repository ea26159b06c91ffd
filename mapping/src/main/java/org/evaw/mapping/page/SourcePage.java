package org.evaw.mapping.page;

/**
 * One decoded inventory page: its identifier (the file name without extension), the file name and
 * its text. Character offsets everywhere in evaw-kg refer to {@link #text()}.
 */
public record SourcePage(String id, String fileName, String text) {}
