package org.evaw.loader;

import java.util.List;

import org.evaw.loader.read.LoadFailure;

/** What a load did: each file loaded, and each file refused with why. */
public record LoadReport(List<LoadedFile> loaded, List<LoadFailure> failures) {
    public LoadReport {
        loaded = List.copyOf(loaded);
        failures = List.copyOf(failures);
    }

    /** Graphs replaced. */
    public int graphs() {
        return loaded.stream().mapToInt(LoadedFile::graphs).sum();
    }

    /** Graphs a build's manifest showed the store already held, left as they were. */
    public int unchanged() {
        return loaded.stream().mapToInt(LoadedFile::unchanged).sum();
    }

    /** Quads written. */
    public long quads() {
        return loaded.stream().mapToLong(LoadedFile::quads).sum();
    }

    public String oneLine() {
        return String.format("%d graphs replaced, %d quads loaded, %d files failed", graphs(), quads(), failures.size())
                + (unchanged() > 0 ? ", " + unchanged() + " graphs unchanged" : "");
    }
}
