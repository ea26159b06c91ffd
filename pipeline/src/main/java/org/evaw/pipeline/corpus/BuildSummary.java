package org.evaw.pipeline.corpus;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a build did: pages mapped (or reused unchanged from the previous build) and failed, quads
 * written, distinct entities by type and warnings of the pages mapped this time, and the SHACL
 * violations found.
 */
public record BuildSummary(int documents, List<PageFailure> failures, long quads, Map<String, Integer> entitiesByType,
                           List<String> warnings, int violations, int reused) {
    public BuildSummary {
        failures = List.copyOf(failures);
        entitiesByType = Map.copyOf(entitiesByType);
        warnings = List.copyOf(warnings);
    }

    public boolean succeeded() {
        return failures.isEmpty() && violations == 0;
    }

    /** The one-line summary {@code build} prints. */
    public String oneLine() {
        String entities = entitiesByType.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        return String.format("%d documents mapped, %d failed, %d quads, entities: %s; %d warnings, %d SHACL violations",
                documents, failures.size(), quads, entities, warnings.size(), violations)
                + (reused > 0 ? "; " + reused + " unchanged pages reused" : "");
    }
}
