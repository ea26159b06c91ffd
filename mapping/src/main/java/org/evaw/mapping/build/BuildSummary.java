package org.evaw.mapping.build;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a build did: documents mapped and failed (each failure with its reason), quads written,
 * distinct entities by type (the concepts activities are classified by among them), warnings, and
 * SHACL violations found.
 */
public record BuildSummary(int documents, List<String> failures, long quads, Map<String, Integer> entitiesByType,
                           List<String> warnings, int violations) {
    public boolean succeeded() {
        return failures.isEmpty() && violations == 0;
    }

    /** The one-line summary {@code build} prints. */
    public String oneLine() {
        String entities = entitiesByType.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        return String.format("%d documents mapped, %d failed, %d quads, entities: %s; %d warnings, %d SHACL violations",
                documents, failures.size(), quads, entities, warnings.size(), violations);
    }
}
