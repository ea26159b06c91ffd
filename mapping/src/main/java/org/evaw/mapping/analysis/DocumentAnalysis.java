package org.evaw.mapping.analysis;

import java.util.List;
import java.util.Optional;

import org.evaw.mapping.page.PageLayout;
import org.evaw.mapping.page.SourcePage;
import org.evaw.mapping.recognise.Entity;

/**
 * What one document says, before it becomes RDF: the agency it is about, its identifiers, the
 * passages that carry facts, its policy framework, activities, publications and the periods its
 * activities took place in, and warnings about what could not be settled.
 */
public record DocumentAnalysis(PageLayout layout, Entity agency, Optional<String> itemId,
                               Optional<String> unAgencyId, List<Passage> passages,
                               List<Passage> policyFramework, List<Activity> activities,
                               List<Publication> publications, List<Period> periods,
                               List<String> warnings) {
    public SourcePage page() { return layout.page(); }
}
