package org.evaw.mapping.analysis;

import java.util.Optional;

import org.evaw.mapping.recognise.Entity;

/**
 * One way of reading the action a passage reports: an inventory entry names its agency in the
 * header above it ({@link EntryActivityReader}); prose names its actors in its sentences and says
 * when in its own words ({@link ProseActivityReader}).
 */
interface ActivityReader {
    /**
     * The activity {@code passage} reports, numbered {@code ordinal}, or empty if it reports none;
     * {@code subject} is the agency the text is about where the passage stands (the page's, or the
     * one a heading above names), null if none.
     */
    Optional<Activity> read(int ordinal, Passage passage, Entity subject);
}
