package org.evaw.generator;

import org.apache.jena.atlas.json.JsonObject;

/** One synthetic page: its file name, its text, and its gold annotations in the extract contract's shape. */
public record GeneratedPage(String fileName, String text, JsonObject gold) {}
