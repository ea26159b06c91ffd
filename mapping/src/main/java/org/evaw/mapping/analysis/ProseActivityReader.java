package org.evaw.mapping.analysis;

import java.util.Map;
import java.util.Optional;

import org.evaw.mapping.recognise.Entity;
import org.evaw.mapping.recognise.EntityType;
import org.evaw.mapping.recognise.Mention;

/**
 * Reads a group of sentences of prose as an activity when it says what an organisation did: it
 * names an organisation or programme, or the text has a subject to do it and the group names a
 * country, place or instrument, or gives a date or a count of people trained; a group that gives a date
 * is work even when no actor is known; a group with no date takes the date of the page's title line. The lead agency is the actor the sentences name, else the subject, else
 * the first agency named; the period is the group's date phrase, when dates are read (on inventory
 * pages only the dated entries give periods).
 */
final class ProseActivityReader implements ActivityReader {
    private final Map<Passage, SentenceGroup> groups;
    private final boolean readsDates;
    private final Period titleDate;

    /**
     * {@code titleDate}: the date of the page's title line, if any ("Statement at the opening of the
     * forum, 8 March 2021"), which dates the groups that give no date of their own; null if none.
     */
    ProseActivityReader(Map<Passage, SentenceGroup> groups, boolean readsDates, Period titleDate) {
        this.groups = groups;
        this.readsDates = readsDates;
        this.titleDate = titleDate;
    }

    @Override
    public Optional<Activity> read(int ordinal, Passage passage, Entity subject) {
        SentenceGroup group = groups.get(passage);
        Period own = readsDates && group != null ? group.period() : null;
        Period period = own != null || !readsDates || group == null ? own : titleDate;
        boolean namesOrganisation = passage.mentions().stream().map(Mention::entity).anyMatch(ProseActivityReader::actsOrIsActedFor);
        Entity lead = group != null && group.actor() != null ? group.actor() : subject;
        if (lead == null)
            lead = passage.mentions().stream().map(Mention::entity).filter(e -> e.type() == EntityType.AGENCY).findFirst().orElse(null);
        // Words that name nothing and give no date or count are background, not work done.
        boolean saysSomething = !passage.mentions().isEmpty() || (group != null && group.period() != null)
                || !TrainingCountFinder.find(passage.text(), 0, passage.text().length()).isEmpty();
        // A group that says when something was done reports work even where no actor is known (a UN
        // entity outside the reference data: "The Mechanism began operating in 2019").
        if (!namesOrganisation && (lead == null ? own == null : !saysSomething))
            return Optional.empty();
        return Optional.of(ActivityLinks.activity(ordinal, passage, lead, period));
    }

    private static boolean actsOrIsActedFor(Entity e) {
        return e.type() == EntityType.AGENCY || e.type() == EntityType.PARTNER || e.type() == EntityType.PROGRAMME;
    }
}
