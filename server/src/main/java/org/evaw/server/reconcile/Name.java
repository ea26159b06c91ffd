package org.evaw.server.reconcile;

/**
 * One name an entity is known by, as the store gives it: its text, its language tag (empty for
 * none, as acronyms and codes have) and the property that gives it.
 */
public record Name(String text, String lang, NameProperty property) {}
