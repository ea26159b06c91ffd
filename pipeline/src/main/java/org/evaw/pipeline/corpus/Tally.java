package org.evaw.pipeline.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.shacl.validation.ReportEntry;
import org.evaw.mapping.recognise.Entity;
import org.evaw.pipeline.MappedPage;

/** The counts of a build, kept as its graphs are written, in page order, on one thread. */
final class Tally {
    private int documents, reused, violations;
    private long quads;
    private final List<PageFailure> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Set<String>> entities = new TreeMap<>();

    /** The reference data's own violations, once per build. */
    void reference(List<ReportEntry> found) {
        violations("reference data", found);
    }

    /** A graph of no page (the ontology's, the reference data's). */
    void graph(long quadsWritten) {
        quads += quadsWritten;
    }

    /** A page mapped this time: its quads, violations, warnings and entities count. */
    void mapped(MappedPage page, long quadsWritten) {
        documents++;
        quads += quadsWritten;
        violations(page.page().fileName(), page.violations());
        warnings.addAll(page.warnings());
        for (Entity e : page.entities())
            entities.computeIfAbsent(e.type().name().toLowerCase(), k -> new HashSet<>()).add(e.iri());
    }

    /** A page unchanged since the previous build, its graph copied: only its quads count. */
    void reused(long quadsWritten) {
        documents++;
        reused++;
        quads += quadsWritten;
    }

    void failed(PageFailure failure) {
        failures.add(failure);
    }

    BuildSummary summary() {
        Map<String, Integer> counts = new TreeMap<>();
        entities.forEach((type, iris) -> counts.put(type, iris.size()));
        return new BuildSummary(documents, failures, quads, counts, warnings, violations, reused);
    }

    private void violations(String where, List<ReportEntry> found) {
        if (found.isEmpty())
            return;
        violations += found.size();
        warnings.add(where + ": " + found.size() + " SHACL violations, first: " + found.get(0));
    }
}
