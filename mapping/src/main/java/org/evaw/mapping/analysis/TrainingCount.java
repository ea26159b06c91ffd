package org.evaw.mapping.analysis;

/** How many people of a role an activity trained, and where the page says so (offsets into the page text). */
public record TrainingCount(String role, long count, int start, int end) {}
