package org.evaw.mapping.analysis;

import java.time.Year;

/** A publication or tool a page lists, with its year when the page gives one. */
public record Publication(String title, Year year, Passage passage) {}
