package org.evaw.mapping.recognise;

/** A programme named by its head noun keeps the country or region it serves, named right after "in". */
class SeatedProgrammesTest extends RuleSentencesTest {
    @Override String rule() { return "seated-programmes"; }
}
