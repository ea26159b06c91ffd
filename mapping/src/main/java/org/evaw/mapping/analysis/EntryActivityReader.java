package org.evaw.mapping.analysis;

import java.util.Map;
import java.util.Optional;

import org.evaw.mapping.page.DatedEntry;
import org.evaw.mapping.recognise.Entity;

/**
 * Reads a paragraph of an inventory page as one activity: led by the agency its dated entry header
 * names (else the page's agency), over the entry's reporting period.
 */
final class EntryActivityReader implements ActivityReader {
    private final Map<DatedEntry, Entity> entryAgencies;

    /** {@code entryAgencies}: the agency each dated entry header of the page names. */
    EntryActivityReader(Map<DatedEntry, Entity> entryAgencies) {
        this.entryAgencies = entryAgencies;
    }

    @Override
    public Optional<Activity> read(int ordinal, Passage passage, Entity subject) {
        DatedEntry entry = passage.block().entry();
        Entity lead = entry == null ? subject : entryAgencies.getOrDefault(entry, subject);
        return Optional.of(ActivityLinks.activity(ordinal, passage, lead, entry == null ? null : Period.of(entry)));
    }
}
