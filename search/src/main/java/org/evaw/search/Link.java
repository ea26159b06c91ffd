package org.evaw.search;

/** A resource a passage leads to, with the label to show for it: an activity, or an entity it mentions. */
public record Link(String iri, String label, String type) {}
