package org.evaw.mapping.analysis;

import java.util.List;

import org.evaw.mapping.recognise.Entity;

/**
 * One reported action of a page: the passage that reports it, the agency that leads it, what it
 * names (partners, countries, places, programmes, cited instruments, referenced UN documents), the
 * people it trained, the publications it produced and when it took place (null if the text does
 * not say). {@code ordinal}
 * numbers the page's activities from 1, in page order. Training count offsets are relative to
 * the passage text.
 */
public record Activity(int ordinal, Passage passage, Entity leadAgency, List<Entity> partners,
                       List<Entity> countries, List<Entity> places, List<Entity> programmes,
                       List<Entity> cites, List<Entity> references, List<TrainingCount> trained,
                       List<Publication> publications, Period period) {}
