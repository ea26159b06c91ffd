package org.evaw.loader;

import java.nio.file.Path;

/**
 * What loading one file did: which strategy loaded it ({@link StoreLoader#name()}), the graphs it
 * replaced, the graphs a build's manifest showed the store already held, the quads written, and
 * whether the summary graph was brought up to date with it in the same transaction.
 */
public record LoadedFile(Path file, String loader, int graphs, int unchanged, long quads, boolean summaryUpdated) {}
