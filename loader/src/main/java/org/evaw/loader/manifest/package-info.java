/**
 * The manifest a build writes beside its N-Quads file ({@code FILE.nq.manifest}): every named
 * graph's version, byte range and number of quads. The pipeline's corpus build writes it and reuses
 * the byte ranges of unchanged pages; the loader reads it to replace only the graphs whose version
 * the store does not already hold.
 */
package org.evaw.loader.manifest;
